"""Which of the 5W+1H questions a lead (teras berita) already answers.

A good lead tells apa, siapa, kapan, di mana, mengapa and bagaimana in one paragraph. The editor
shows one chip per question while the officer types, so the rules here are cheap heuristics on
Indonesian news prose, tuned to say "answered" only on concrete evidence (a date, a place after
`di`, a position or institution, a purpose conjunction...). They guide; they do not grade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from humas_desktop.i18n import tr
from humas_desktop.model.dates import DAY_NAMES, MONTH_NAMES, NEWS_DATE_RE


class W(StrEnum):
    APA = "apa"
    SIAPA = "siapa"
    KAPAN = "kapan"
    DI_MANA = "di_mana"
    MENGAPA = "mengapa"
    BAGAIMANA = "bagaimana"

    def label(self, lang: str | None = None) -> str:
        return tr(f"lead.w.{self.value}", lang)


@dataclass(frozen=True)
class Evidence:
    """A stretch of the lead that answers one question; start == end == 0 for the dateline."""

    w: W
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class LeadAnalysis:
    evidence: tuple[Evidence, ...]

    @property
    def answered(self) -> frozenset[W]:
        return frozenset(e.w for e in self.evidence)

    @property
    def missing(self) -> tuple[W, ...]:
        return tuple(w for w in W if w not in self.answered)

    def first(self, w: W) -> Evidence | None:
        return next((e for e in self.evidence if e.w is w), None)


_DAYS = "|".join(DAY_NAMES) + "|Jum'at|Ahad"
_MONTHS = "|".join(MONTH_NAMES) + "|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Sep|Okt|Nov|Des"

_KAPAN = [
    NEWS_DATE_RE,
    re.compile(rf"\b(?:{_DAYS})\b"),
    re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b\.?(?:\s+\d{{4}})?"),
    re.compile(rf"\b(?:{_MONTHS})\s+\d{{4}}\b"),
    re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)"),
    re.compile(r"\bpukul\s+\d{1,2}(?:[.:]\d{2})?", re.IGNORECASE),
    re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b"),
    re.compile(r"\b(?:hari ini|kemarin|besok|lusa|pagi ini|sore ini|malam ini|siang ini"
               r"|pekan (?:ini|lalu|depan)|minggu (?:ini|lalu|depan)|bulan (?:ini|lalu|depan)"
               r"|tahun (?:ini|lalu|depan)|tahun \d{4})\b", re.IGNORECASE),
]

_PLACE_NOUNS = (
    "ruang|ruangan|gedung|kantor|aula|lapangan|halaman|kawasan|desa|kelurahan|kecamatan|"
    "kabupaten|kota|provinsi|wilayah|lokasi|pendopo|rumah|jalan|jl|pasar|sekolah|puskesmas|balai|"
    "hotel|masjid|gereja|pelabuhan|bandara|posko|pantai|pulau|dusun|kampung|taman|alun-alun|"
    "stadion|gelanggang|auditorium|rumah jabatan|rujab|sekretariat"
)
_DI_MANA = [
    # `di Aula Kantor Bupati`, `di Makassar` (a capitalised word after di/ke)
    re.compile(r"\b(?:[Dd]i|[Kk]e)\s+(?!(?:" + _DAYS + r")\b)[A-Z][\w'-]*"
               r"(?:\s+[A-Z][\w'-]*)*"),
    re.compile(rf"\b(?:di|ke|dari)\s+(?:{_PLACE_NOUNS})\b", re.IGNORECASE),
    re.compile(r"\b(?:bertempat|berlokasi)\b",
               re.IGNORECASE),
]

_POSITIONS = (
    "Presiden|Wakil Presiden|Menteri|Gubernur|Wakil Gubernur|Bupati|Wakil Bupati|Wali Kota|"
    "Walikota|Wakil Wali Kota|Sekretaris Daerah|Sekda|Kepala|Kadis|Kaban|Camat|Lurah|Kades|"
    "Ketua|Wakil Ketua|Direktur|Kapolres|Kapolda|Kapolsek|Dandim|Danrem|Kajari|Kajati|Plt\\.?|"
    "Pj\\.?|Penjabat|Asisten|Sekretaris|Kabag|Kasubag|Kabid|Kasi|Rektor|Dekan|Anggota|Staf Ahli|"
    "Inspektur|Pimpinan|Koordinator|Komandan"
)
_INSTITUTIONS = (
    "Pemerintah|Pemkab|Pemprov|Pemkot|Pemda|Pemdes|Dinas|Diskominfo|Diskominfo-SP|Badan|BPBD|"
    "Bappeda|Bapenda|BPKAD|Kementerian|Kemendagri|Kemenkes|Satpol PP|Puskesmas|RSUD|Polres|"
    "Polda|Polsek|Kodim|Korem|TNI|Polri|OPD|Sekretariat|Setda|DPRD|BUMD|Disdik|Dinkes|Dinsos|"
    "Disdukcapil|Dukcapil|Bawaslu|KPU|PPID|Basarnas|PMI|BPS|BPK|Ombudsman|Kejaksaan|Pengadilan|"
    "Universitas|Tim Penggerak PKK|PKK|Forkopimda|Baznas"
)
_GROUPS = (
    "warga|masyarakat|peserta|siswa|pelajar|mahasiswa|petani|nelayan|pedagang|pelaku usaha|"
    "pelaku UMKM|UMKM|ASN|aparatur sipil negara|pegawai|guru|tenaga kesehatan|nakes|relawan|"
    "petugas|pengungsi|korban|penerima manfaat|penerima bantuan|kepala desa|camat|lurah|wartawan|"
    "jurnalis|pemuda|kaum perempuan|ibu-ibu|anak-anak|lansia|penyandang disabilitas|tim|panitia|"
    "pemerintah daerah|pemerintah desa|para"
)
_NOT_NAMES = frozenset(DAY_NAMES) | frozenset(MONTH_NAMES) | {"Jum'at", "Ahad"}
_SIAPA = [
    re.compile(rf"\b(?:{_POSITIONS})\b(?:\s+[A-Z][\w.'-]*)*"),
    re.compile(rf"\b(?:{_INSTITUTIONS})\b(?:\s+[A-Z][\w.'-]*)*"),
    re.compile(rf"\b(?:{_GROUPS})\b", re.IGNORECASE),
]
# Two or more capitalised words: a person's name (checked against places and dates below).
_NAME_RE = re.compile(r"\b[A-Z][a-z'’]+(?:\s+(?:[A-Z][a-z'’]+|[A-Z]\.))+")

_MENGAPA = [re.compile(
    r"\b(?:karena|sebab|untuk|guna|dalam rangka|agar|supaya|demi|bertujuan|tujuannya|"
    r"sebagai upaya|dalam upaya|sebagai bentuk|menyusul|akibat|lantaran)\b", re.IGNORECASE)]
_BAGAIMANA = [re.compile(
    r"\b(?:dengan|melalui|secara|cara|menggunakan|memakai|lewat|bersama-sama|dibantu|"
    r"bekerja sama)\b", re.IGNORECASE)]

_EVENT_NOUNS = (
    "rapat|rakor|pertemuan|pelatihan|peresmian|kunjungan|kunker|sosialisasi|upacara|apel|lomba|"
    "festival|musyawarah|musrenbang|penyerahan|penandatanganan|peluncuran|pencanangan|bimtek|"
    "bimbingan teknis|seminar|lokakarya|diskusi|dialog|pameran|operasi|vaksinasi|imunisasi|"
    "penanaman|pembangunan|penghargaan|bantuan|program|kebijakan|pendaftaran|layanan|pelayanan|"
    "banjir|longsor|tanah longsor|kebakaran|gempa|bencana|kecelakaan|hoaks|kegiatan|acara|"
    "peringatan|perayaan|pelantikan|reses|evaluasi|pemeriksaan|pengumuman|penutupan|pembukaan|"
    "pemberian|penyaluran|pasar murah|gerakan|kampanye|aksi|razia|patroli|sidak|inspeksi|"
    "pengukuhan|serah terima|penilaian|verifikasi|survei|sensus|donor darah|khitanan|pawai"
)
_APA = [
    re.compile(rf"\b(?:{_EVENT_NOUNS})(?:nya)?\b", re.IGNORECASE),
    # affixed verbs: menggelar, meresmikan, dilaksanakan, berlangsung, terpilih
    re.compile(r"\b(?:meng|meny|mem|men|me|di|ber|ter|memper|diper)[a-z]{3,}\b"),
]
_NOT_VERBS = frozenset({
    "dinas", "diri", "dia", "dimana", "digital", "dinamika", "direktur", "distrik", "diskusi",
    "dialog", "media", "menit", "meter", "menteri", "mereka", "meski", "meskipun", "menurut",
    "menuju", "melalui", "bersama", "berbagai", "beberapa", "berdasarkan", "terhadap", "tersebut",
    "termasuk", "terkait", "terutama", "tertentu", "terakhir", "terbaru", "berikut", "bertempat",
    "berlokasi", "bertujuan", "mengenai", "menjelang", "merupakan", "meja", "merah", "melati",
    "desember", "memang",
})


def _matches(w: W, patterns: list[re.Pattern[str]], text: str) -> list[Evidence]:
    found = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            found.append(Evidence(w, match.start(), match.end(), match.group(0)))
    return found


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n“\"–-"


def _names(text: str, places: list[Evidence]) -> list[Evidence]:
    found = []
    for match in _NAME_RE.finditer(text):
        words = match.group(0).split()
        if any(word in _NOT_NAMES for word in words):
            continue
        if any(p.start <= match.start() < p.end for p in places):
            continue  # `di Kantor Bupati Selayar` is a place
        if _sentence_start(text, match.start()) and len(words) < 2:
            continue
        found.append(Evidence(W.SIAPA, match.start(), match.end(), match.group(0)))
    return found


def analyse_lead(text: str, dateline_city: str = "") -> LeadAnalysis:
    """Evidence for each question the lead answers, in text order per question."""
    evidence: list[Evidence] = []
    evidence += _matches(W.KAPAN, _KAPAN, text)
    places = _matches(W.DI_MANA, _DI_MANA, text)
    evidence += places
    if dateline_city.strip():
        evidence.append(Evidence(W.DI_MANA, 0, 0, dateline_city.strip()))
    evidence += _matches(W.SIAPA, _SIAPA, text)
    evidence += _names(text, places)
    evidence += _matches(W.MENGAPA, _MENGAPA, text)
    evidence += _matches(W.BAGAIMANA, _BAGAIMANA, text)
    evidence += [e for e in _matches(W.APA, _APA, text) if e.text.lower() not in _NOT_VERBS]
    order = {w: i for i, w in enumerate(W)}
    evidence.sort(key=lambda e: (order[e.w], e.start if e.end else len(text) + 1, -e.end))
    kept: list[Evidence] = []
    for e in evidence:  # drop a match inside a longer one for the same question
        if kept and kept[-1].w is e.w and e.end and kept[-1].start <= e.start \
                and e.end <= kept[-1].end:
            continue
        kept.append(e)
    return LeadAnalysis(tuple(kept))
