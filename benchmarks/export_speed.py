"""Export speed: one 1,000-word release with three 3-megapixel photos, and a batch of 500.

    python benchmarks/export_speed.py [--runs N] [--batch N]

Targets (issue 5): Word export of the release <= 300 ms, and <= 1.5x the time python-docx
alone takes to write the same content as a bare document (same photos, embedded as they are)
in the same run; batch export of 500 releases with progress. Prints the figures of
docs/benchmarks.md. "cold" clears the scaled-photo cache before every run (first export of a
release), "warm" keeps it (re-export, batch of releases sharing photos).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import docx
from docx.shared import Cm
from PIL import Image, ImageDraw, ImageFilter

from humas_desktop.export import images
from humas_desktop.export.batch import export_batch
from humas_desktop.export.docx import export_docx
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Block, BlockKind, ContactPerson, Photo, Release, Run

_VOCABULARY = (
    "pemerintah kabupaten provinsi kegiatan rapat koordinasi pelaksanaan program masyarakat "
    "pelayanan publik daerah kepala dinas bupati gubernur sekretaris peningkatan kualitas "
    "pembangunan infrastruktur kesehatan pendidikan desa kelurahan kecamatan anggaran tahun "
    "percepatan penurunan stunting inflasi harga bahan pokok pasar petani nelayan pelatihan "
    "aparatur sipil negara digital informasi komunikasi statistik persandian layanan warga "
    "sinergi kolaborasi pemangku kepentingan evaluasi capaian target realisasi laporan "
    "dilaksanakan disampaikan ditegaskan mengikuti menghadiri membuka meninjau menyerahkan"
)
WORDS = _VOCABULARY.split()


def photo_bytes(seed: int, width: int = 2048, height: int = 1536) -> bytes:
    """A 3-megapixel camera-like JPEG: shapes, gradients and sensor noise (~1 MB)."""
    rng = random.Random(seed)
    im = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(im)
    for y in range(0, height, 4):
        shade = 120 + int(100 * y / height)
        draw.rectangle([(0, y), (width, y + 4)], fill=(shade, shade - 20, shade - 40))
    for _ in range(60):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randrange(40, 400), rng.randrange(40, 400)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle([(x, y), (x + w, y + h)], fill=colour)
    noise = Image.effect_noise((width, height), 24).convert("RGB")
    im = Image.blend(im.filter(ImageFilter.GaussianBlur(2)), noise, 0.12)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90)
    return out.getvalue()


def logo_bytes() -> bytes:
    im = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    ImageDraw.Draw(im).polygon([(60, 40), (540, 40), (540, 300), (300, 570), (60, 300)],
                               fill=(0, 102, 68))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def make_release(rng: random.Random, words: int, photos: tuple[Photo, ...], n: int = 0) -> Release:
    body: list[Block] = []
    left = words
    while left > 0:
        size = min(left, rng.randrange(25, 55))
        if size < 6:
            break
        text = [rng.choice(WORDS) for _ in range(size)]
        cut = rng.randrange(1, size)
        runs = (Run(" ".join(text[:cut]) + " "), Run(" ".join(text[cut:cut + 3]), bold=True),
                Run(" " + " ".join(text[cut + 3:]) + ".", italic=rng.random() < 0.2))
        kind = BlockKind.BULLET if rng.random() < 0.15 else BlockKind.PARAGRAPH
        body.append(Block(runs, kind))
        left -= size
    return Release(
        id=f"00000000-0000-4000-8000-{n:012d}", title=f"Rapat Koordinasi Percepatan {n}",
        subtitle="Pemerintah daerah menargetkan capaian di atas rata-rata provinsi",
        dateline_city="Benteng", release_date=date(2023, 11, 28),
        number=f"{n % 999 + 1:03d}/HUMAS/XI/2023", body=tuple(body), photos=photos,
        contacts=(ContactPerson("Andi Nurhayati", "Kepala Bidang IKP", "0812-4455-7890",
                                "humas@kepulauanselayarkab.go.id"),),
        about="Diskominfo-SP menyelenggarakan urusan komunikasi dan informatika.",
        tags=("stunting", "rakor"), created_at=datetime(2023, 11, 28, tzinfo=UTC),
        updated_at=datetime(2023, 11, 28, tzinfo=UTC))


def bare_python_docx(release: Release, photo_paths: list[Path], out: Path) -> None:
    """The baseline: the same text and photos, written with python-docx and nothing else."""
    document = docx.Document()
    document.add_heading(release.title, 0)
    document.add_paragraph(release.subtitle)
    for block in release.body:
        paragraph = document.add_paragraph(
            style="List Bullet" if block.kind is BlockKind.BULLET else None)
        for run in block.runs:
            r = paragraph.add_run(run.text)
            r.bold, r.italic = run.bold or None, run.italic or None
    for path in photo_paths:
        document.add_picture(str(path), width=Cm(16))
    document.add_paragraph("###")
    document.save(str(out))


def timed(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(418)
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        store = {"logo": work / "logo"}
        store["logo"].write_bytes(logo_bytes())
        photos = []
        for i in range(3):
            key = f"photo{i}"
            store[key] = work / key
            store[key].write_bytes(photo_bytes(i))
            photos.append(Photo(key, f"foto-{i}.jpg", "Suasana rapat koordinasi.", "Humas"))
        photo_mb = sum(store[p.sha256].stat().st_size for p in photos) / 2**20
        release = make_release(rng, 1000, tuple(photos))
        words = sum(len(b.text.split()) for b in release.body)
        office = OfficeProfile(name="Dinas Komunikasi dan Informatika",
                               government="Pemerintah Kabupaten Kepulauan Selayar",
                               address="Jalan Jenderal Sudirman No. 47, Benteng",
                               phone="(0414) 21034", logo_sha256="logo")
        ours_out, bare_out = work / "ours.docx", work / "bare.docx"
        paths = [store[p.sha256] for p in photos]

        def ours() -> None:
            export_docx(release, ours_out, office, photo_resolver=store.get, force=True)

        def cold() -> None:
            images.clear_cache()
            ours()

        def bare() -> None:
            bare_python_docx(release, paths, bare_out)

        ours()
        bare()  # warm-up imports and file system
        # interleave so both see the same machine state
        base_t, cold_t, warm_t = [], [], []
        for _ in range(args.runs):
            base_t += timed(bare, 1)
            cold_t += timed(cold, 1)
            warm_t += timed(ours, 1)
        base, c, w = (statistics.median(t) for t in (base_t, cold_t, warm_t))
        print(f"release: {words} words, 3 photos of 2048x1536 ({photo_mb:.1f} MB of JPEG), "
              f"median of {args.runs} runs")
        print(f"  bare python-docx (photos embedded as is): {base:7.1f} ms  "
              f"file {bare_out.stat().st_size / 2**20:.2f} MB")
        print(f"  export, cold photo cache:                 {c:7.1f} ms  ratio {c / base:.2f}x  "
              f"file {ours_out.stat().st_size / 2**20:.2f} MB  (target <= 300 ms, <= 1.5x)")
        print(f"  export, warm photo cache:                 {w:7.1f} ms  ratio {w / base:.2f}x")

        out = work / "batch"
        out.mkdir()
        batch = [replace(make_release(rng, rng.randrange(300, 800), (), n), photos=())
                 for n in range(args.batch)]
        for n in range(0, len(batch), 10):  # every tenth release carries one of the photos
            batch[n] = replace(batch[n], photos=(photos[n % 3],))
        ticks: list[int] = []
        images.clear_cache()
        start = time.perf_counter()
        result = export_batch(batch, out, "docx", office=office, photo_resolver=store.get,
                              progress=lambda done, total, title: ticks.append(done))
        seconds = time.perf_counter() - start
        print(f"batch: {len(result.written)} releases of 300-800 words to .docx "
              f"(every tenth with a photo) in {seconds:.1f} s = {seconds * 1000 / len(batch):.1f}"
              f" ms per release; {len(ticks)} progress calls, {len(result.failed)} failed")
        ok = c <= 300 and c / base <= 1.5
        print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
