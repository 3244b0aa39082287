"""Render a sample Word export to docs/screenshots/export-sample.png (LibreOffice + pdftoppm).

A realistic release of a regency's Diskominfo, with a logo and a photo drawn by Pillow, so the
look of the export can be judged by eye after every change to the template or the builder.
Usage: .venv/bin/python scripts/render_export.py [--pages N]
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humas_desktop.export.docx import render_docx  # noqa: E402
from humas_desktop.export.pdf import convert_to_pdf  # noqa: E402
from humas_desktop.model.office import OfficeProfile  # noqa: E402
from humas_desktop.model.release import (  # noqa: E402
    Block,
    BlockKind,
    ContactPerson,
    Photo,
    Quote,
    Release,
    Run,
)

OUT = ROOT / "docs" / "screenshots" / "export-sample.png"


def draw_logo(path: Path) -> None:
    """A regency-style emblem: a shield with a star, a boat's sail and waves."""
    size = 600
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    shield = [(60, 40), (540, 40), (540, 300), (300, 570), (60, 300)]
    d.polygon(shield, fill=(0, 102, 68), outline=(212, 175, 55), width=18)
    cx, cy, r = 300, 150, 70
    star = []
    for i in range(10):
        angle = math.pi / 2 + i * math.pi / 5
        radius = r if i % 2 == 0 else r * 0.42
        star.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    d.polygon(star, fill=(255, 215, 0))
    d.polygon([(300, 240), (300, 420), (400, 420)], fill=(255, 255, 255))
    d.polygon([(290, 260), (290, 420), (210, 420)], fill=(230, 230, 230))
    d.rectangle([(200, 425), (410, 445)], fill=(120, 70, 20))
    for k in range(3):
        y = 465 + k * 22
        d.arc([(150, y - 20), (300, y + 20)], 200, 340, fill=(120, 200, 255), width=8)
        d.arc([(300, y - 20), (450, y + 20)], 200, 340, fill=(120, 200, 255), width=8)
    im.save(path, "PNG")


def draw_photo(path: Path, width: int = 2048, height: int = 1536) -> None:
    """A meeting-room scene: wall, banner, a table and people; saved as a camera JPEG."""
    im = Image.new("RGB", (width, height), (222, 214, 196))
    d = ImageDraw.Draw(im)
    for y in range(height // 2):
        shade = 200 + int(30 * y / (height / 2))
        d.line([(0, y), (width, y)], fill=(shade, shade - 8, shade - 25))
    d.rectangle([(width * 0.2, height * 0.08), (width * 0.8, height * 0.3)], fill=(150, 20, 30))
    d.rectangle([(width * 0.22, height * 0.11), (width * 0.78, height * 0.27)],
                outline=(255, 220, 120), width=6)
    d.rectangle([(0, height * 0.62), (width, height)], fill=(110, 75, 50))
    d.rectangle([(width * 0.05, height * 0.58), (width * 0.95, height * 0.66)],
                fill=(240, 240, 235))
    colours = [(30, 40, 90), (200, 200, 205), (40, 90, 60), (90, 30, 30), (30, 40, 90),
               (150, 120, 80), (200, 200, 205)]
    for i, colour in enumerate(colours):
        x = width * (0.1 + i * 0.125)
        d.ellipse([(x, height * 0.36), (x + 110, height * 0.46)], fill=(160, 115, 85))
        d.rectangle([(x - 30, height * 0.46), (x + 140, height * 0.6)], fill=colour)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    im.save(path, "JPEG", quality=90)


def sample(logo_sha: str, photo_sha: str) -> tuple[Release, OfficeProfile]:
    office = OfficeProfile(
        name="Dinas Komunikasi, Informatika, Statistik dan Persandian",
        government="Pemerintah Kabupaten Kepulauan Selayar",
        region="BENTENG",
        address=("Jalan Jenderal Sudirman No. 47, Benteng, Kepulauan Selayar, "
                 "Sulawesi Selatan 92812"),
        phone="(0414) 21034",
        email="diskominfo@kepulauanselayarkab.go.id",
        website="kepulauanselayarkab.go.id",
        logo_sha256=logo_sha,
        contact=ContactPerson("Andi Nurhayati, S.Sos.",
                              "Kepala Bidang Informasi dan Komunikasi Publik",
                              "0812-4455-7890", "humas@kepulauanselayarkab.go.id"),
        about=("Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Kepulauan "
               "Selayar menyelenggarakan urusan pemerintahan bidang komunikasi dan "
               "informatika, statistik, "
               "dan persandian, termasuk layanan informasi publik dan pengelolaan media resmi "
               "pemerintah daerah."),
    )
    body = (
        Block((Run("Pemerintah Kabupaten Kepulauan Selayar menggelar "),
               Run("Rapat Koordinasi Percepatan Penurunan Stunting", bold=True),
               Run(" di Ruang Rapat Rujab Bupati, Selasa (28/11). Rapat yang dipimpin Sekretaris "
                   "Daerah itu diikuti 24 kepala perangkat daerah, camat se-Kepulauan Selayar, dan "
                   "mitra pembangunan untuk menyepakati langkah penurunan angka stunting "
                   "tahun 2024.")),
              ),
        Block((Run("Berdasarkan hasil Survei Status Gizi Indonesia (SSGI), prevalensi stunting di "
                   "Kepulauan Selayar turun dari 31,2 persen pada 2021 menjadi 26,8 persen pada "
                   "2022. Pemerintah daerah menargetkan angka tersebut turun di bawah 20 persen "
                   "pada akhir 2024."),)),
        Block((Run("Dalam rapat tersebut disepakati tiga langkah prioritas, yakni:"),)),
        Block((Run("pendataan ulang balita berisiko stunting di 88 desa dan kelurahan melalui "
                   "aplikasi "), Run("e-PPGBM", italic=True), Run(";")), BlockKind.BULLET),
        Block((Run("pemberian makanan tambahan bergizi bagi ibu hamil dan balita selama "
                   "90 hari;"),),
              BlockKind.BULLET),
        Block((Run("penguatan kader posyandu di pulau-pulau terluar, termasuk Pulau Jampea dan "
                   "Pulau Bonerate."),), BlockKind.BULLET),
        Block((Run("Sekretaris Daerah menegaskan bahwa penanganan stunting tidak dapat dilakukan "
                   "satu instansi saja. Setiap perangkat daerah diminta memasukkan kegiatan "
                   "pendukung ke dalam rencana kerja tahun anggaran 2024 dan melaporkan capaiannya "
                   "setiap tiga bulan."),)),
    )
    quotes = (
        Quote("Ir. H. Muhammad Ahsan, M.Si.", "Sekretaris Daerah Kabupaten Kepulauan Selayar",
              "“Stunting adalah urusan kita bersama. Saya minta para camat memastikan data di "
              "desa benar-benar diperbarui sebelum pertengahan Desember,” tegasnya."),
    )
    release = Release(
        id="7b0c5d2e-4f8a-4d21-9a51-3f6c2b1e9d07",
        office=office.name,
        title="Pemkab Kepulauan Selayar Percepat Penurunan Stunting lewat Tiga Langkah Prioritas",
        subtitle="Target prevalensi di bawah 20 persen pada akhir 2024",
        dateline_city="Benteng",
        release_date=date(2023, 11, 28),
        number="045/HUMAS-DKISP/XI/2023",
        body=body,
        quotes=quotes,
        tags=("stunting", "kesehatan", "Kepulauan Selayar"),
        category="kegiatan",
        photos=(Photo(photo_sha, "rakor-stunting.jpg",
                      "Sekretaris Daerah Kabupaten Kepulauan Selayar memimpin Rapat Koordinasi "
                      "Percepatan Penurunan Stunting di Ruang Rapat Rujab Bupati, Selasa (28/11).",
                      "Humas Diskominfo-SP Selayar"),),
        created_at=datetime(2023, 11, 28, 6, 30, tzinfo=UTC),
        updated_at=datetime(2023, 11, 28, 7, 15, tzinfo=UTC),
        revision=3,
    )
    return release, office


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2, help="pages side by side in the PNG")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        files = {"logo": work / "logo.png", "photo": work / "photo.jpg"}
        draw_logo(files["logo"])
        draw_photo(files["photo"])
        release, office = sample("logo", "photo")
        data, warnings = render_docx(release, office, photo_resolver=files.get)
        for warning in warnings:
            print("warning:", warning)
        source = work / "export-sample.docx"
        source.write_bytes(data)
        (pdf,) = convert_to_pdf([source], work)
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-l", str(args.pages), str(pdf),
                        str(work / "page")], check=True)
        pages = [Image.open(p).convert("RGB") for p in sorted(work.glob("page*.png"))]
        gap = 24
        sheet = Image.new("RGB", (sum(p.width for p in pages) + gap * (len(pages) + 1),
                                  max(p.height for p in pages) + 2 * gap), (96, 96, 96))
        x = gap
        for page in pages:
            sheet.paste(page, (x, gap))
            x += page.width + gap
        args.out.parent.mkdir(parents=True, exist_ok=True)
        sheet.save(args.out, optimize=True)
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
