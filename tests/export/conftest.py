from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from humas_desktop.export import images
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import (
    Block,
    BlockKind,
    ContactPerson,
    Photo,
    Quote,
    Release,
    Run,
)


def make_jpeg(width: int = 1600, height: int = 1200, quality: int = 85) -> bytes:
    im = Image.new("RGB", (width, height), (200, 180, 150))
    draw = ImageDraw.Draw(im)
    draw.rectangle([(width // 4, height // 4), (width // 2, height // 2)], fill=(150, 20, 30))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality)
    return out.getvalue()


def make_png_alpha(size: int = 300) -> bytes:
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    ImageDraw.Draw(im).ellipse([(10, 10), (size - 10, size - 10)], fill=(0, 110, 60, 255))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def make_webp(width: int = 1400, height: int = 900) -> bytes:
    im = Image.new("RGB", (width, height), (40, 90, 160))
    out = io.BytesIO()
    im.save(out, "WEBP", quality=80)
    return out.getvalue()


@pytest.fixture(autouse=True)
def _fresh_image_cache() -> None:
    images.clear_cache()


@pytest.fixture
def photo_store(tmp_path: Path) -> dict[str, Path]:
    """sha-like key → file, as Archive.photo_path would give."""
    store = tmp_path / "photos"
    store.mkdir()
    files = {"logo": make_png_alpha(), "jpeg": make_jpeg(), "webp": make_webp()}
    out = {}
    for key, data in files.items():
        path = store / key
        path.write_bytes(data)
        out[key] = path
    return out


@pytest.fixture
def office() -> OfficeProfile:
    return OfficeProfile(
        name="Dinas Komunikasi, Informatika, Statistik dan Persandian",
        government="Pemerintah Kabupaten Kepulauan Selayar",
        region="BENTENG",
        address="Jalan Jenderal Sudirman No. 47, Benteng",
        phone="(0414) 21034",
        email="diskominfo@kepulauanselayarkab.go.id",
        website="kepulauanselayarkab.go.id",
        logo_sha256="logo",
        contact=ContactPerson("Andi Nurhayati", "Kepala Bidang IKP", "0812-4455-7890",
                              "humas@kepulauanselayarkab.go.id"),
        about="Diskominfo-SP menyelenggarakan urusan komunikasi dan informatika.",
    )


@pytest.fixture
def release() -> Release:
    return Release(
        id="7b0c5d2e-4f8a-4d21-9a51-3f6c2b1e9d07",
        office="Diskominfo-SP Kepulauan Selayar",
        title="Pemkab Selayar Percepat Penurunan Stunting",
        subtitle="Target di bawah 20 persen pada 2024",
        dateline_city="Benteng",
        release_date=date(2023, 11, 28),
        number="045/HUMAS-DKISP/XI/2023",
        body=(
            Block((Run("Pemerintah Kabupaten Kepulauan Selayar menggelar "),
                   Run("Rapat Koordinasi Stunting", bold=True),
                   Run(" di Rujab Bupati, Selasa (28/11).")),),
            Block((Run("Tiga langkah disepakati, antara lain aplikasi "),
                   Run("e-PPGBM", italic=True), Run(" dan "),
                   Run("pemberian makanan tambahan", bold=True, italic=True), Run("."))),
            Block((Run("pendataan ulang balita di 88 desa"),), BlockKind.BULLET),
            Block((Run("penguatan kader posyandu"),), BlockKind.BULLET),
            Block((Run("Informasi lengkap di https://kepulauanselayarkab.go.id/stunting."),)),
        ),
        quotes=(Quote("Muhammad Ahsan", "Sekretaris Daerah",
                      "“Stunting adalah urusan kita bersama,” tegasnya."),),
        contacts=(ContactPerson("Andi Nurhayati", "Kepala Bidang IKP", "0812-4455-7890",
                                "humas@kepulauanselayarkab.go.id"),),
        about="Diskominfo-SP menyelenggarakan urusan komunikasi dan informatika.",
        tags=("stunting", "Kepulauan Selayar"),
        category="kegiatan",
        photos=(Photo("jpeg", "rakor.jpg", "Sekda memimpin rapat koordinasi.", "Humas Selayar"),
                Photo("webp", "posyandu.webp", "Kader posyandu di Pulau Jampea.", "")),
        created_at=datetime(2023, 11, 28, 6, 30, tzinfo=UTC),
        updated_at=datetime(2023, 11, 28, 7, 15, tzinfo=UTC),
        revision=3,
    )
