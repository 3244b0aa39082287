"""Archive benchmark: import, size, open, full-text search and paging at N releases.

    python benchmarks/archive.py [N] [--keep DIR]

Builds an archive of N synthetic press releases (default 100,000) of 300-800 words of Indonesian
government-news text made from real vocabulary and sentence templates (seeded, reproducible),
then prints the figures of docs/benchmarks.md and, on the same file, the same searches as
hand-written sqlite3 FTS5 queries with the ratio ours/raw.
Targets: open <= 0.5 s (also the deferred first open of the day of a big file),
search p95 <= 50 ms and <= 2x raw, import of 100,000 <= 120 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from humas_desktop.archive import Archive, ListQuery
from humas_desktop.archive.backup import integrity_ok
from humas_desktop.archive.search import FTS_TABLE, match_expression
from humas_desktop.archive.store import QUICK_CHECK_MAX_BYTES
from humas_desktop.model.release import Block, ContactPerson, Quote, Release
from humas_desktop.model.workflow import Status

PLACES = (
    "Kabupaten Pidie Jaya", "Kabupaten Kepulauan Selayar", "Kota Makassar", "Kabupaten Gowa",
    "Kabupaten Sukabumi", "Kota Bandung", "Kabupaten Banyuwangi", "Kota Surabaya",
    "Kabupaten Sleman", "Kota Yogyakarta", "Kabupaten Bantul", "Kabupaten Aceh Besar",
    "Kota Banda Aceh", "Kabupaten Deli Serdang", "Kota Medan", "Kabupaten Agam",
    "Kota Padang", "Kabupaten Kampar", "Kota Pekanbaru", "Kabupaten Musi Banyuasin",
    "Kota Palembang", "Kabupaten Lampung Selatan", "Kota Bandar Lampung", "Kabupaten Bogor",
    "Kota Bekasi", "Kabupaten Garut", "Kabupaten Cirebon", "Kota Semarang", "Kabupaten Kudus",
    "Kabupaten Banyumas", "Kota Malang", "Kabupaten Jember", "Kabupaten Sumenep",
    "Kota Denpasar", "Kabupaten Gianyar", "Kota Mataram", "Kabupaten Lombok Timur",
    "Kota Kupang", "Kabupaten Manggarai Barat", "Kota Pontianak", "Kabupaten Kubu Raya",
    "Kota Banjarmasin", "Kabupaten Kutai Kartanegara", "Kota Samarinda", "Kota Balikpapan",
    "Kota Manado", "Kabupaten Minahasa", "Kota Palu", "Kabupaten Donggala", "Kota Kendari",
    "Kabupaten Bone", "Kabupaten Bulukumba", "Kota Parepare", "Kabupaten Maros",
    "Kota Gorontalo", "Kota Ambon", "Kota Ternate", "Kota Jayapura", "Kabupaten Merauke",
    "Kota Sorong", "Kabupaten Tanah Datar", "Kabupaten Sidoarjo", "Kabupaten Klaten",
)
OFFICIALS = (
    ("Bupati", "Andi Muhammad Rizal"), ("Wakil Bupati", "Siti Rahmawati"),
    ("Wali Kota", "Hendra Gunawan"), ("Sekretaris Daerah", "Ahmad Fauzi"),
    ("Kepala Dinas Kesehatan", "dr. Nurul Hidayah"),
    ("Kepala Dinas Pendidikan", "Bambang Sutrisno"),
    ("Kepala Diskominfo", "Muhammad Iqbal"), ("Kepala BPBD", "Yusuf Maulana"),
    ("Kepala Bappeda", "Dewi Kartika"), ("Kepala Dinas Sosial", "Rini Susanti"),
    ("Kepala Dinas Pertanian", "Agus Salim"), ("Kepala Dinas PUPR", "Ir. Joko Widodo Santoso"),
    ("Gubernur", "Bahtiar Baharuddin"), ("Pj Bupati", "Teuku Ahmad Dadek"),
    ("Kepala Dinas Koperasi dan UKM", "Fitri Handayani"), ("Camat", "La Ode Saleh"),
    ("Kapolres", "AKBP Arief Rahman"), ("Dandim", "Letkol Inf Darmawan"),
    ("Kepala Dinas Pariwisata", "Made Suartana"), ("Asisten Pemerintahan", "Hasanuddin"),
)
TOPICS = (
    ("stunting", "percepatan penurunan stunting", "Kesehatan"),
    ("inflasi", "pengendalian inflasi daerah", "Ekonomi"),
    ("UMKM", "pemberdayaan usaha mikro, kecil, dan menengah", "Ekonomi"),
    ("banjir", "penanganan banjir dan tanah longsor", "Bencana"),
    ("vaksinasi", "vaksinasi dan imunisasi anak", "Kesehatan"),
    ("jalan", "perbaikan jalan kabupaten", "Infrastruktur"),
    ("pendidikan", "peningkatan mutu pendidikan dasar", "Pendidikan"),
    ("pariwisata", "pengembangan desa wisata", "Pariwisata"),
    ("pertanian", "peningkatan produksi padi dan jagung", "Pertanian"),
    ("bansos", "penyaluran bantuan sosial", "Sosial"),
    ("SPBE", "sistem pemerintahan berbasis elektronik", "Pemerintahan"),
    ("pemilu", "netralitas ASN menjelang pemilihan umum", "Pemerintahan"),
    ("kemiskinan ekstrem", "penghapusan kemiskinan ekstrem", "Sosial"),
    ("air bersih", "penyediaan air bersih dan sanitasi", "Infrastruktur"),
    ("hoaks", "klarifikasi informasi hoaks", "Informasi"),
    ("kebakaran hutan", "pencegahan kebakaran hutan dan lahan", "Bencana"),
    ("investasi", "kemudahan perizinan dan investasi", "Ekonomi"),
    ("perpustakaan", "peningkatan minat baca masyarakat", "Pendidikan"),
    ("posyandu", "revitalisasi posyandu", "Kesehatan"),
    ("sampah", "pengelolaan sampah rumah tangga", "Lingkungan"),
)
EVENTS = (
    "rapat koordinasi", "pelatihan", "peresmian", "kunjungan kerja", "sosialisasi",
    "apel siaga", "penandatanganan nota kesepahaman", "rapat evaluasi", "bimbingan teknis",
    "lokakarya", "musyawarah perencanaan pembangunan", "peluncuran program", "pameran",
    "festival", "gerakan serentak", "monitoring lapangan",
)
VENUES = (
    "Aula Kantor Bupati", "Ruang Rapat Sekretariat Daerah", "Gedung Serbaguna",
    "Pendopo Rumah Jabatan", "Balai Desa", "Aula Dinas Kesehatan", "Lapangan Upacara",
    "Hotel Grand Clarion", "Kantor Camat", "Puskesmas", "Aula Bappeda", "Taman Kota",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
SENTENCES = (
    "{event} tentang {topic_long} digelar di {venue}, {place}, {day} ({dd}/{mm}).",
    "Kegiatan tersebut dihadiri oleh para kepala organisasi perangkat daerah, camat, dan kepala "
    "desa se-{place}.",
    "Pemerintah daerah berkomitmen untuk terus meningkatkan kualitas pelayanan publik kepada "
    "masyarakat.",
    "Program {topic} menjadi salah satu prioritas pembangunan daerah pada tahun {year}.",
    "Menurut data dinas terkait, capaian {topic} pada semester pertama meningkat sebesar {pct} "
    "persen dibandingkan tahun sebelumnya.",
    "Anggaran yang dialokasikan untuk kegiatan ini mencapai Rp{money} miliar yang bersumber dari "
    "APBD.",
    "Selain itu, pemerintah daerah juga menggandeng perguruan tinggi, dunia usaha, dan tokoh "
    "masyarakat.",
    "Kolaborasi lintas sektor dinilai penting agar target yang ditetapkan dapat tercapai tepat "
    "waktu.",
    "Masyarakat diimbau untuk aktif berpartisipasi dan melaporkan kendala melalui kanal "
    "pengaduan resmi.",
    "Sebanyak {count} peserta dari berbagai kecamatan mengikuti kegiatan tersebut dengan antusias.",
    "Kegiatan ini diharapkan dapat mempercepat pencapaian indikator kinerja daerah.",
    "Para peserta mendapatkan materi dari narasumber yang berasal dari kementerian dan "
    "pemerintah provinsi.",
    "Evaluasi pelaksanaan program akan dilakukan secara berkala setiap tiga bulan.",
    "Pemerintah daerah juga menyiapkan layanan informasi melalui laman resmi dan media sosial.",
    "Dalam kesempatan itu, {position} {name} menyerahkan secara simbolis bantuan kepada "
    "perwakilan warga.",
    "{position} {name} meminta seluruh jajaran bekerja sama dan bertanggung jawab atas tugas "
    "masing-masing.",
    "Ia menegaskan bahwa data yang akurat menjadi dasar perencanaan pembangunan yang tepat "
    "sasaran.",
    "Kerja sama dengan pemerintah desa terus diperkuat, terutama dalam pendataan keluarga sasaran.",
    "Hingga saat ini, sebanyak {count} keluarga telah menerima manfaat dari program tersebut.",
    "Pelaksanaan kegiatan mengacu pada peraturan daerah dan petunjuk teknis dari kementerian "
    "terkait.",
    "Pemerintah juga memberikan penghargaan kepada desa dan kelurahan dengan capaian terbaik.",
    "Warga yang membutuhkan informasi lebih lanjut dapat menghubungi pusat layanan di kantor "
    "kecamatan.",
    "Pihaknya memastikan bahwa seluruh tahapan dilaksanakan secara transparan dan akuntabel.",
    "Langkah ini sejalan dengan visi daerah untuk mewujudkan masyarakat yang sehat, cerdas, dan "
    "sejahtera.",
    "Rapat juga membahas rencana aksi daerah dan pembagian peran setiap organisasi perangkat "
    "daerah.",
    "Ke depan, inovasi pelayanan berbasis digital akan diperluas hingga ke tingkat desa.",
)
QUOTES = (
    "Kami mengajak seluruh elemen masyarakat untuk mendukung program {topic} ini",
    "Target kita jelas, tahun {year} angka {topic} harus turun secara signifikan",
    "Pelayanan kepada masyarakat tidak boleh terhenti, apa pun kondisinya",
    "Kolaborasi adalah kunci keberhasilan pembangunan di daerah kita",
    "Kami akan terus memantau pelaksanaan di lapangan agar tepat sasaran",
)
TAGS = ("pemkab", "pemkot", "kesehatan", "ekonomi", "bencana", "pendidikan", "infrastruktur",
        "pariwisata", "pertanian", "sosial", "pelayanan publik", "desa", "ASN", "inovasi")


def synthetic_release(rng: random.Random, i: int) -> Release:
    place = rng.choice(PLACES)
    topic, topic_long, category = rng.choice(TOPICS)
    event = rng.choice(EVENTS)
    position, name = rng.choice(OFFICIALS)
    when = date(2019, 1, 1) + timedelta(days=rng.randrange(2900))
    fields = {
        "event": event.capitalize(), "topic": topic, "topic_long": topic_long,
        "venue": rng.choice(VENUES), "place": place, "day": DAYS[when.weekday()],
        "dd": f"{when.day:02d}", "mm": f"{when.month:02d}", "year": when.year,
        "pct": rng.randint(2, 40), "money": rng.randint(1, 90), "count": rng.randint(20, 5000),
        "position": position, "name": name,
    }
    target_words = rng.randint(300, 800)
    paragraphs, words = [], 0
    first = SENTENCES[0].format(**fields)
    paragraph = [first]
    while words < target_words:
        sentence = rng.choice(SENTENCES[1:]).format(**fields)
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) >= rng.randint(2, 4):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    quote = rng.choice(QUOTES).format(**fields)
    stamp = datetime(when.year, when.month, when.day, 9, tzinfo=UTC)
    return Release(
        id=f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
           f"a{rng.getrandbits(12):03x}-{i:012x}",
        office=f"Diskominfo {place}",
        title=f"{position} {name} Hadiri {event.title()} {topic_long.capitalize()} di {place}",
        dateline_city=place.split()[-1].upper(),
        release_date=when,
        number=f"{rng.randint(1, 400):03d}/HUMAS/{when.month}/{when.year}",
        body=tuple(Block.plain(p) for p in paragraphs),
        quotes=(Quote(name, position, quote + "."),),
        contacts=(ContactPerson("Humas " + place, "Pranata Humas", "0812-3456-7890"),),
        tags=(*rng.sample(TAGS, rng.randint(1, 3)), topic),
        category=category,
        status=rng.choice(list(Status)),
        created_at=stamp, updated_at=stamp,
    )


QUERIES = (
    "stunting", "Pidie Jaya", "Kabupaten Pidie Jaya stunting", "inflasi Makassar", "banjir",
    "banjir Sukabumi", "vaksinasi anak", "UMKM Banyuwangi", "pariwisata desa wisata",
    "posyandu", "hoaks", "kebakaran hutan Kubu Raya", "Bahtiar", "Andi Muhammad Rizal",
    "bantuan sosial", "netralitas ASN", "kemiskinan ekstrem", "air bersih Kupang",
    "Rp", "anggaran APBD", "rapat koordinasi", "bimbingan teknis SPBE", "peresmian jalan",
    "\"desa wisata\"", "kabup", "stunt", "Selay", "pelatihan pert", "Makas",
    "cafe", "Sleman Bantul", "Teuku Ahmad Dadek", "AND", "pemilu -hoaks", "sampah rumah tangga",
    "investasi perizinan", "perpustakaan minat baca", "Gorontalo", "Merauke jalan",
    "lokakarya", "penghargaan desa", "transparan akuntabel", "Palu Donggala", "Kendari",
    "festival", "gerakan serentak", "Ternate", "imunisasi", "padi jagung", "Ambon",
)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def releases(n: int) -> Iterator[Release]:
    rng = random.Random(20231128)
    for i in range(n):
        yield synthetic_release(rng, i)


def raw_search(conn: sqlite3.Connection, match: str) -> None:
    """The same page a user sees, as the textbook FTS5 query: 50 best rows by bm25 with a
    snippet (FTS5 sorts by rank itself and makes snippets only for the rows returned), their
    list columns, and the number of matches."""
    rows = conn.execute(
        f"SELECT rowid, snippet({FTS_TABLE}, -1, '[', ']', '…', 16) FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH ? ORDER BY rank LIMIT 50", (match,)).fetchall()
    keys = ",".join(str(r[0]) for r in rows) or "0"
    conn.execute(f"SELECT id, title, release_date, status, json_extract(document, '$.tags') "
                 f"FROM releases WHERE pk IN ({keys})").fetchall()
    if len(rows) == 50:
        conn.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?",
                     (match,)).fetchone()


def drop_backups(folder: Path) -> None:
    for backup in (folder / "backups").glob("arsip-*.sqlite"):
        backup.unlink()


def deferred_first_open(folder: Path, kind: str) -> None:
    """What the GUI does: open with deferred maintenance, paint, run maintenance on a worker
    thread while the officer saves."""
    drop_backups(folder)
    start = time.perf_counter()
    archive = Archive.open(folder, defer_maintenance=True)
    opened = time.perf_counter() - start
    print(f"open with deferred maintenance (first open of the day, {kind} file): {ms(opened)}"
          "  target: window painted <= 1 s")
    report = archive.run_maintenance()
    print(f"deferred maintenance alone (quick_check + daily backup, own connections): "
          f"{report.seconds:.2f} s, ok={report.ok}")
    archive.close()
    drop_backups(folder)
    probe = ("import time; t = time.perf_counter(); "
             "from humas_desktop.archive import Archive; "
             f"Archive.open({str(folder)!r}, defer_maintenance=True).close(); "
             "print(time.perf_counter() - t)")
    fresh = float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                 check=True).stdout)
    print(f"same, in a fresh process with imports: {ms(fresh)}")

    archive = Archive.open(folder, defer_maintenance=True)
    sample = archive.list(ListQuery(limit=20)).items
    idle = [timed(lambda i=i: archive.save(archive.get(i.id).edited(title=f"{i.title} .")))
            for i in sample]
    result: list[float] = []
    worker = threading.Thread(target=lambda: result.append(archive.run_maintenance().seconds))
    worker.start()
    busy, n = [], 0
    while worker.is_alive():
        item = sample[n % len(sample)]
        busy.append(timed(lambda item=item, n=n: archive.save(
            archive.get(item.id).edited(title=f"{item.title} {n}"))))
        n += 1
        time.sleep(0.05)  # an officer's autosaves, not a tight loop
    worker.join()
    backup_ok = integrity_ok(folder / "backups" / sorted(
        p.name for p in (folder / "backups").glob("arsip-*.sqlite"))[-1])
    print(f"maintenance on a worker thread while saving: {result[0]:.2f} s; {len(busy)} saves "
          f"meanwhile p50 {ms(percentile(busy, 50))}, max {ms(max(busy))} "
          f"(idle p50 {ms(percentile(idle, 50))}); backup integrity_check ok={backup_ok}")
    archive.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build in DIR and keep it (reused if present)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="humas-bench-"))
    print(f"Archive benchmark, N = {args.n:,} releases, folder {folder}")
    try:
        db = folder / "arsip.sqlite"
        if not db.exists():
            start = time.perf_counter()
            corpus = list(releases(args.n))
            gen = time.perf_counter() - start
            words = sum(len(r.body_text.split()) for r in corpus) / max(len(corpus), 1)
            print(f"generated in {gen:.1f} s (not counted), mean body {words:.0f} words")
            archive = Archive.open(folder)
            import_time = timed(lambda: archive.import_releases(corpus))
            archive.close()
            del corpus
            print(f"import: {import_time:.1f} s  ({args.n / import_time:,.0f} releases/s)"
                  f"  target <= 120 s at 100,000")
        size = sum(p.stat().st_size for p in folder.glob("arsip.sqlite*"))
        print(f"database size: {size / 2**20:,.0f} MiB ({size / max(args.n, 1) / 1024:.1f} KiB"
              " per release, with FTS index and one revision each)")

        opens = []
        for _ in range(5):
            start = time.perf_counter()
            archive = Archive.open(folder)
            opens.append(time.perf_counter() - start)
            archive.close()
        print(f"open (today's backup exists): median {ms(statistics.median(opens))}, "
              f"max {ms(max(opens))}  target <= 500 ms")
        probe = ("import time; t = time.perf_counter(); "
                 "from humas_desktop.archive import Archive; "
                 f"Archive.open({str(folder)!r}).close(); print(time.perf_counter() - t)")
        fresh = [float(subprocess.run([sys.executable, "-c", probe], capture_output=True,
                                      text=True, check=True).stdout) for _ in range(3)]
        print(f"open in a fresh process, imports included: median "
              f"{ms(statistics.median(fresh))}")
        drop_backups(folder)
        start = time.perf_counter()
        Archive.open(folder).close()
        print(f"first open of a day (quick_check of the whole file + daily backup): "
              f"{time.perf_counter() - start:.2f} s")
        big = db.stat().st_size > QUICK_CHECK_MAX_BYTES
        print(f"file is {'above' if big else 'NOT above'} the every-open quick_check limit "
              f"({QUICK_CHECK_MAX_BYTES // 2**20} MiB)")
        deferred_first_open(folder, "big" if big else "small")

        archive = Archive.open(folder)
        raw = sqlite3.connect(db)
        for q in QUERIES:  # warm the page cache for both alike
            archive.list(ListQuery(text=q))
            raw_search(raw, match_expression(q))
        ours = [timed(lambda q=q: archive.list(ListQuery(text=q))) for q in QUERIES]
        base = [timed(lambda q=q: raw_search(raw, match_expression(q))) for q in QUERIES]
        for name, values in (("ours", ours), ("raw sqlite3", base)):
            print(f"search {name:<11}: p50 {ms(percentile(values, 50))}, "
                  f"p95 {ms(percentile(values, 95))}, max {ms(max(values))}")
        print(f"search ratio ours/raw: p50 {percentile(ours, 50) / percentile(base, 50):.2f}x, "
              f"p95 {percentile(ours, 95) / percentile(base, 95):.2f}x  "
              "target p95 <= 50 ms and <= 2x raw")
        filtered = [timed(lambda q=q: archive.list(ListQuery(text=q, status=Status.PUBLISHED,
                                                             sort="date")))
                    for q in QUERIES]
        print(f"search + status filter + date sort: p50 {ms(percentile(filtered, 50))}, "
              f"p95 {ms(percentile(filtered, 95))}")

        rng = random.Random(7)
        pages = []
        for i in range(50):
            query = ListQuery(
                status=rng.choice([None, *Status]),
                sort=rng.choice(["updated", "date", "title"]),
                descending=bool(i % 2),
                offset=rng.choice([0, 50, 1000, args.n // 2, max(args.n - 50, 0)]),
            )
            pages.append(timed(lambda query=query: archive.list(query)))
        print(f"paged list (50 rows + total, offsets up to N): p50 {ms(percentile(pages, 50))}, "
              f"p95 {ms(percentile(pages, 95))}")
        counts = [timed(lambda s=s: archive.count(ListQuery(status=s))) for s in [None, *Status]]
        print(f"count by status: max {ms(max(counts))}")
        sample = archive.list(ListQuery(status=Status.DRAFT, limit=20)).items
        saves = []
        for round_ in range(3):  # an autosave: one edited release, fsynced (synchronous=FULL)
            for item in sample:
                release = archive.get(item.id)
                edited = release.edited(title=f"{release.title} ({round_})")
                saves.append(timed(lambda edited=edited: archive.save(edited)))
        print(f"save of an edited release (autosave, synchronous=FULL): "
              f"p50 {ms(percentile(saves, 50))}, p95 {ms(percentile(saves, 95))}")
        raw.close()
        archive.close()
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
