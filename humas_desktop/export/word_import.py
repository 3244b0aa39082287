"""Import old releases from Word (.docx) files into the archive.

Officers keep years of releases as Word files of every shape, some damaged, some hostile. The
package is inspected BEFORE anything is unpacked or parsed (signature, encryption, member count,
sizes, compression ratios), so a zip bomb or a renamed file costs nothing and gets one clear
message; then the document is read with heuristics that fit how humas offices write releases:
letterhead, "SIARAN PERS" and number, headline, dateline, body, `###`, Narahubung, "Tentang".
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import warnings as py_warnings
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from PIL import Image, UnidentifiedImageError

from humas_desktop.errors import HumasError
from humas_desktop.export.cleaning import clean_text
from humas_desktop.export.errors import WordImportError
from humas_desktop.export.images import MAX_PIXELS
from humas_desktop.i18n import tr
from humas_desktop.model.dates import DAY_NAMES, MONTH_NAMES, NEWS_DATE_RE
from humas_desktop.model.release import (
    Block,
    BlockKind,
    ContactPerson,
    Photo,
    Quote,
    Release,
    Run,
    new_release,
    utc_now,
)
from humas_desktop.model.workflow import Status

_log = logging.getLogger(__name__)

# Limits checked on the zip directory before extraction. Real releases are far below them:
# the document part is kilobytes, photos a few megabytes each.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 3000
MAX_TOTAL_UNPACKED = 300 * 1024 * 1024
MAX_XML_UNPACKED = 50 * 1024 * 1024
MAX_RATIO = 100  # unpacked/packed, for members above RATIO_FLOOR
RATIO_FLOOR = 2 * 1024 * 1024
MAX_IMAGE_BYTES = 40 * 1024 * 1024
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "BMP": "bmp", "TIFF": "tif",
                 "WEBP": "webp"}

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")

_MONTHS = "|".join(MONTH_NAMES)
_DAYS = "|".join(DAY_NAMES) + "|Jum'at|Ahad"
LONG_DATE_RE = re.compile(
    rf"(?:\b(?:{_DAYS}),?\s+)?\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTHS})\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE)
# The label alone on its line, perhaps with the number: `SIARAN PERS`, `Siaran Pers No: 12/…`.
# `Siaran Pers: Gubernur Buka …` is a headline, not a label.
LABEL_RE = re.compile(
    r"^\s*(?:siaran\s+pers|press\s+release|rilis\s+(?:pers|berita))\s*[:.]?\s*"
    r"(?:(?:nomor|no\.?)\s*:?\s*(?P<number>\S+/\S*))?\s*$", re.IGNORECASE)
NUMBER_RE = re.compile(r"^\s*(?:nomor|no\.?)\s*:?\s*(?P<number>\S.*?)\s*$", re.IGNORECASE)
END_RE = re.compile(r"^[\s\-–—(*]*(?:#{3,}|selesai|end|000|\*{3,})[\s\-–—)*]*$", re.IGNORECASE)
CONTACTS_RE = re.compile(r"^\s*(?:narahubung|kontak(?:\s+media)?|contact(?:\s+person)?|"
                         r"informasi\s+lebih\s+lanjut)\b[^\n]{0,60}$", re.IGNORECASE)
ABOUT_RE = re.compile(r"^\s*(?:tentang|about)\s+(?P<name>[^\n]{2,120})$", re.IGNORECASE)
# `MAKASSAR – `, `SUKABUMI, bipol.co – `, `Makassar — `
DATELINE_RE = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z.'\- ]{1,40}?)(?:\s*,\s*[^–—\-\n]{1,40}?)?"
                         r"\s*(?P<dash>[–—]|-{1,2})\s*")
CAPTION_START_RE = re.compile(r"^\s*(?:foto|keterangan(?:\s+foto)?|ket\.?|caption)\b",
                              re.IGNORECASE)
CAPTION_PREFIX_RE = re.compile(
    r"^\s*(?:(?:keterangan|ket\.?)(?:\s+foto)?|caption|foto)\s*[:\-–—]\s*", re.IGNORECASE)
CREDIT_RE = re.compile(r"\s*\((?:foto|photo|dok\.?|dokumentasi)\s*:\s*(?P<credit>[^()]+)\)\s*$",
                       re.IGNORECASE)
PHONE_RE = re.compile(r"(?:\+?62|0)[\d\s.\-()]{7,}\d")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CONTACT_LABEL_RE = re.compile(
    r"\b(?:telp|telepon|tel|hp|wa|whatsapp|surel|e-?mail)\b\.?(?:\s*/\s*(?:wa|hp)\b\.?)?\s*:?",
    re.IGNORECASE)
DEGREE_RE = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.){1,4}$|^[A-Z]{1,4}\.?$")  # S.Sos. M.Si. SH ST
BULLET_MARK_RE = re.compile(r"^\s*[•·▪●◦\-–*]\s+")
# Letterhead lines typed as plain paragraphs at the top, and `Makassar, 28 November 2023`.
KOP_NAME_RE = re.compile(
    r"^(?:PEMERINTAH|DINAS|BADAN|SEKRETARIAT|BIRO|BAGIAN|KANTOR|KEMENTERIAN|DPRD|INSPEKTORAT|"
    r"SATUAN|RUMAH SAKIT|KECAMATAN|KELURAHAN|DESA)\b[^a-z]*$")
KOP_ADDRESS_RE = re.compile(
    r"^(?:jalan|jl\.|alamat|telp|telepon|fax|faks|e-?mail|surel|laman|website|kode pos)\b",
    re.IGNORECASE)
TITLE_STYLES = {"title", "judul siaran", "heading 1", "judul"}
SUBTITLE_STYLES = {"subtitle", "subjudul siaran", "heading 2"}
CAPTION_STYLES = {"caption", "keterangan foto"}
QUOTE_STYLE = "kutipan siaran"


@dataclass(frozen=True)
class ImportedPhoto:
    data: bytes
    file_name: str
    caption: str = ""
    credit: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class WordImport:
    path: Path
    release: Release  # photos refer to ImportedPhoto.sha256 (the archive's hash of the bytes)
    photos: tuple[ImportedPhoto, ...] = ()
    warnings: tuple[str, ...] = ()


# ---- 1. the package, before anything is unpacked --------------------------------------------


def inspect_package(path: Path) -> None:
    """Raise WordImportError unless `path` is a .docx within the size and ratio limits."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
            if head == OLE_SIGNATURE:
                # Encrypted .docx and old .doc are both OLE compound files; an encrypted one
                # holds an "EncryptionInfo" stream named in its directory.
                body = head + fh.read(min(size, 16 * 1024 * 1024))
                encrypted = _ENCRYPTION_STREAM in body
                key = "word_import.encrypted" if encrypted else "word_import.old_doc"
                raise WordImportError(tr(key, file=name), path)
    except FileNotFoundError:
        raise WordImportError(tr("word_import.not_found", file=name), path) from None
    except OSError as exc:
        raise WordImportError(tr("word_import.unreadable", file=name,
                                 reason=exc.strerror or str(exc)), path) from None
    if head[:4] != ZIP_SIGNATURE:
        raise WordImportError(tr("word_import.not_docx", file=name), path)
    if size > MAX_FILE_BYTES:
        raise WordImportError(tr("word_import.too_big", file=name, size=size // 2**20,
                                 limit=MAX_FILE_BYTES // 2**20), path)
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise WordImportError(tr("word_import.truncated", file=name), path) from None
    except OSError as exc:
        raise WordImportError(tr("word_import.unreadable", file=name,
                                 reason=exc.strerror or str(exc)), path) from None
    _check_members(members, path)


def _check_members(members: list[zipfile.ZipInfo], path: Path) -> None:
    name = path.name
    if len(members) > MAX_MEMBERS:
        raise WordImportError(tr("word_import.too_many_parts", file=name, count=len(members)),
                              path)
    names = {m.filename for m in members}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise WordImportError(tr("word_import.not_docx", file=name), path)
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_UNPACKED:
        raise WordImportError(tr("word_import.too_big", file=name, size=total // 2**20,
                                 limit=MAX_TOTAL_UNPACKED // 2**20), path)
    for member in members:
        is_xml = member.filename.endswith((".xml", ".rels"))
        ratio = member.file_size / max(member.compress_size, 1)
        if (is_xml and member.file_size > MAX_XML_UNPACKED) or (
                member.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise WordImportError(tr("word_import.bomb", file=name, member=member.filename),
                                  path)


def _open(path: Path) -> Document:
    try:
        with py_warnings.catch_warnings():
            py_warnings.simplefilter("ignore")
            return docx.Document(str(path))
    except (zipfile.BadZipFile, EOFError):
        raise WordImportError(tr("word_import.truncated", file=path.name), path) from None
    except MemoryError:
        raise WordImportError(tr("word_import.too_big", file=path.name, size="?",
                                 limit=MAX_TOTAL_UNPACKED // 2**20), path) from None
    except Exception:  # lxml syntax errors, missing parts, bad relationships: all "damaged"
        raise WordImportError(tr("word_import.broken_xml", file=path.name), path) from None


# ---- 2. the document as a flat list of paragraphs --------------------------------------------


@dataclass
class _Para:
    text: str
    runs: list[Run]
    style: str
    images: list[str]  # relationship ids, in order
    in_table: bool
    numbered: bool
    centered: bool
    border_below: bool
    all_bold: bool
    all_italic: bool


def _style_chain_has(style: Any, tag: str) -> bool:
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None and ppr.find(qn(tag)) is not None:
            return True
        style = style.base_style
    return False


def _run_flag(run: Any, attr: str) -> bool:
    value = getattr(run, attr)
    if value is not None:
        return bool(value)
    style = run.style
    if style is not None and style.name not in ("Default Paragraph Font", None):
        return bool(getattr(style.font, attr))
    return False


def _para(paragraph: Paragraph, in_table: bool) -> _Para:
    p = paragraph._p
    runs: list[Run] = []
    for item in paragraph.iter_inner_content():
        item_runs = item.runs if hasattr(item, "runs") else [item]  # hyperlinks hold runs
        for run in item_runs:
            if run.text:
                runs.append(Run(run.text, _run_flag(run, "bold"), _run_flag(run, "italic")))
    images = [blip.get(qn("r:embed")) for blip in p.iter(qn("a:blip")) if blip.get(qn("r:embed"))]
    images += [el.get(qn("r:id")) for el in p.iter("{urn:schemas-microsoft-com:vml}imagedata")
               if el.get(qn("r:id"))]
    style = paragraph.style
    style_name = (style.name or "").lower() if style is not None else ""
    ppr = p.pPr
    numbered = (ppr is not None and ppr.find(qn("w:numPr")) is not None) or (
        style is not None and _style_chain_has(style, "w:numPr"))
    border = (ppr is not None and ppr.find(qn("w:pBdr")) is not None) or (
        style is not None and _style_chain_has(style, "w:pBdr"))
    alignment = paragraph.alignment
    if alignment is None and style is not None:
        alignment = style.paragraph_format.alignment
    visible = [r for r in runs if r.text.strip()]
    style_bold = bool(style is not None and style.font.bold)
    style_italic = bool(style is not None and style.font.italic)
    return _Para(
        text="".join(r.text for r in runs), runs=runs, style=style_name, images=images,
        in_table=in_table, numbered=numbered, centered=alignment == 1, border_below=border,
        all_bold=bool(visible) and all(r.bold or style_bold for r in visible),
        all_italic=bool(visible) and all(r.italic or style_italic for r in visible),
    )


def _flatten(document: Document) -> list[_Para]:
    out: list[_Para] = []

    def walk(items: Iterable[Paragraph | Table], in_table: bool) -> None:
        for item in items:
            if isinstance(item, Paragraph):
                out.append(_para(item, in_table))
            else:
                seen: set[int] = set()
                for row in item.rows:
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell.iter_inner_content(), True)

    walk(document.iter_inner_content(), False)
    return out


# ---- 3. reading the release out of the paragraphs --------------------------------------------


def _strip_runs(runs: list[Run], prefix_len: int = 0) -> list[Run]:
    """Drop the first `prefix_len` characters, trim outer whitespace, merge equal neighbours."""
    out: list[Run] = []
    skip = prefix_len
    for run in runs:
        text = run.text
        if skip:
            cut = min(skip, len(text))
            text, skip = text[cut:], skip - cut
        if not text:
            continue
        if out and (out[-1].bold, out[-1].italic) == (run.bold, run.italic):
            out[-1] = Run(out[-1].text + text, run.bold, run.italic)
        else:
            out.append(Run(text, run.bold, run.italic))
    if out:
        out[0] = replace(out[0], text=out[0].text.lstrip())
        out[-1] = replace(out[-1], text=out[-1].text.rstrip())
    return [r for r in out if r.text]


@dataclass
class _Reader:
    path: Path
    document: Document
    paras: list[_Para]
    warnings: list[str] = field(default_factory=list)
    photos: list[ImportedPhoto] = field(default_factory=list)
    photo_refs: list[Photo] = field(default_factory=list)

    # images

    def image(self, rel_id: str) -> ImportedPhoto | None:
        part = self.document.part.related_parts.get(rel_id)
        if part is None or not hasattr(part, "blob"):
            return None
        image_name = Path(str(getattr(part, "partname", "image"))).name
        data: bytes = part.blob
        try:
            if len(data) > MAX_IMAGE_BYTES:
                raise ValueError(tr("export.image_too_large", file=image_name, width="?",
                                    height="?", limit=MAX_PIXELS // 1_000_000))
            with py_warnings.catch_warnings():
                py_warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(io.BytesIO(data)) as im:
                    width, height = im.size
                    fmt = im.format or ""
            if width * height > MAX_PIXELS:
                raise ValueError(tr("export.image_too_large", file=image_name, width=width,
                                    height=height, limit=MAX_PIXELS // 1_000_000))
            if fmt not in IMAGE_FORMATS:
                raise ValueError(tr("export.image_unreadable", file=image_name))
        except (ValueError, OSError, UnidentifiedImageError, Image.DecompressionBombError,
                Image.DecompressionBombWarning) as exc:
            reason = str(exc) if isinstance(exc, ValueError) else tr(
                "export.image_unreadable", file=image_name)
            self.warnings.append(tr("word_import.image_skipped", file=self.path.name,
                                    image=image_name, reason=reason))
            return None
        number = len(self.photos) + 1
        return ImportedPhoto(data, f"{self.path.stem}-foto-{number}.{IMAGE_FORMATS[fmt]}")

    def add_photo(self, photo: ImportedPhoto, caption: str) -> None:
        credit = ""
        match = CREDIT_RE.search(caption)
        if match:
            credit = match.group("credit").strip()
            caption = caption[: match.start()].strip()
        caption = CAPTION_PREFIX_RE.sub("", caption, count=1)
        photo = replace(photo, caption=caption, credit=credit)
        self.photos.append(photo)
        self.photo_refs.append(Photo(photo.sha256, photo.file_name, caption, credit))


def _is_caption(para: _Para) -> bool:
    if para.images or not para.text.strip() or END_RE.match(para.text):
        return False
    text = para.text.strip()
    return (para.style in CAPTION_STYLES or bool(CAPTION_START_RE.match(text))
            or bool(CREDIT_RE.search(text))
            or ((para.all_italic or para.centered) and len(text) <= 400))


def _header_end(paras: list[_Para]) -> tuple[int, str]:
    """Index of the first paragraph after the letterhead and label; the release number."""
    number = ""
    end = 0
    window = paras[:30]
    found = next(((i, m) for i, m in ((i, LABEL_RE.match(p.text)) for i, p in enumerate(window))
                  if m is not None), None)
    if found is not None:
        end = found[0] + 1
        number = found[1].group("number") or ""
    else:
        rule = next((i for i, p in enumerate(window[:15]) if p.border_below), None)
        if rule is not None:
            end = rule + 1
        else:
            while end < len(paras) and (paras[end].in_table or paras[end].style.startswith("kop")):
                end += 1
    for i in range(end, min(end + 4, len(paras)) if not number else 0):
        match = NUMBER_RE.match(paras[i].text)
        if match and "/" in match.group("number"):
            number = match.group("number")
            end = i + 1
            break
    return end, number


def _is_kop_line(para: _Para) -> bool:
    text = para.text.strip()
    if LONG_DATE_RE.search(text) and len(text) < 60 and not DATELINE_RE.match(text):
        return True  # `Makassar, 28 November 2023` above the headline
    return bool(KOP_NAME_RE.match(text)) or (bool(KOP_ADDRESS_RE.match(text)) and len(text) < 200)


def _find_date(texts: list[str], number: str, fallback_year: int) -> date | None:
    for text in texts:
        match = LONG_DATE_RE.search(text)
        if match:
            month = next(i for i, m in enumerate(MONTH_NAMES, 1)
                         if m.lower() == match.group("m").lower())
            try:
                return date(int(match.group("y")), month, int(match.group("d")))
            except ValueError:
                continue
    year_match = re.search(r"(\d{4})\s*$", number)
    year = int(year_match.group(1)) if year_match else fallback_year
    for text in texts:
        match = NEWS_DATE_RE.search(text)
        if not match:
            continue
        day_name = match.group("day").replace("'", "").capitalize()
        day_name = "Minggu" if day_name == "Ahad" else day_name
        written_year = match.group("y")
        years = ([int(written_year) + (2000 if len(written_year) == 2 else 0)]
                 if written_year else [year, year - 1, year + 1])
        for candidate in years:
            try:
                when = date(candidate, int(match.group("m")), int(match.group("d")))
            except ValueError:
                continue
            if DAY_NAMES[when.weekday()] == day_name or written_year:
                return when
    return None


def _contact(text: str) -> ContactPerson | None:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    phone = email = ""
    rest: list[str] = []
    for line in lines:
        found_email = EMAIL_RE.search(line)
        found_phone = PHONE_RE.search(line)
        if found_email and not email:
            email = found_email.group(0)
            line = (line[: found_email.start()] + line[found_email.end():])
        if found_phone and not phone:
            phone = found_phone.group(0).strip()
            line = line.replace(found_phone.group(0), "")
        line = CONTACT_LABEL_RE.sub("", line)
        line = line.strip(" :/-–—").rstrip(",").strip()
        if line:
            rest.append(line)
    if not rest and not phone and not email:
        return None
    name = rest[0] if rest else ""
    position = rest[1] if len(rest) > 1 else ""
    if len(rest) == 1 and "(" in name and name.endswith(")"):
        name, _, position = name[:-1].partition("(")
    elif len(rest) == 1 and ", " in name:
        # `Budi Santoso, S.Sos., Kabag Prokopim`: degrees stay with the name
        parts = name.split(", ")
        keep = 1
        while keep < len(parts) and DEGREE_RE.match(parts[keep]):
            keep += 1
        name, position = ", ".join(parts[:keep]), ", ".join(parts[keep:])
    return ContactPerson(name.strip(" ,"), position.strip(" ,"), phone, email)


def _quote(para: _Para) -> Quote:
    """Our own quote paragraph: the quotation, then `— Name` and the position on new lines."""
    lines = para.text.strip().split("\n")
    mark = next((k for k, line in enumerate(lines) if line.startswith("\u2014 ")), None)
    if mark is None:
        return Quote("", "", para.text.strip())
    text = "\n".join(lines[:mark]).strip()
    speaker = lines[mark][2:].strip()
    position = " ".join(line.strip() for line in lines[mark + 1:] if line.strip())
    return Quote(speaker, position, text)


def _read(path: Path, document: Document, status: Status) -> WordImport:
    paras = _flatten(document)
    reader = _Reader(path, document, paras)
    if not any(p.text.strip() for p in paras):
        raise WordImportError(tr("word_import.empty", file=path.name), path)
    start, number = _header_end(paras)
    # Headline: a title style, else the first bold paragraph, else the first paragraph.
    candidates = [i for i in range(start, len(paras))
                  if paras[i].text.strip() and not paras[i].images and not _is_kop_line(paras[i])
                  ][:8]
    title_index = next((i for i in candidates if paras[i].style in TITLE_STYLES), None)
    if title_index is None:
        title_index = next((i for i in candidates if paras[i].all_bold
                            and len(paras[i].text) <= 300 and not DATELINE_RE.match(
                                paras[i].text) and not LONG_DATE_RE.fullmatch(
                                paras[i].text.strip())), None)
    if title_index is None:
        title_index = candidates[0] if candidates else start
        reader.warnings.append(tr("word_import.no_title", file=path.name))
    date_texts = [p.text for p in paras[start:title_index]]
    title = " ".join(paras[title_index].text.split())
    i = title_index + 1
    subtitle = ""
    while i < len(paras) and not paras[i].text.strip() and not paras[i].images:
        i += 1
    if i < len(paras):
        nxt = paras[i]
        if not nxt.images and (nxt.style in SUBTITLE_STYLES or (
                nxt.all_italic and len(nxt.text) <= 250 and not DATELINE_RE.match(nxt.text))):
            subtitle = " ".join(nxt.text.split())
            i += 1

    body: list[Block] = []
    quotes: list[Quote] = []
    contacts: list[ContactPerson] = []
    about_lines: list[str] = []
    dateline_city = ""
    section = "body"  # body → contacts → about
    while i < len(paras):
        para = paras[i]
        i += 1
        text = para.text.strip()
        for rel_id in para.images:
            photo = reader.image(rel_id)
            if photo is None:
                continue
            caption = ""
            j = i
            while j < len(paras) and not paras[j].text.strip() and not paras[j].images:
                j += 1
            if j < len(paras) and _is_caption(paras[j]) and len(para.images) == 1:
                caption = " ".join(paras[j].text.split())
                i = j + 1
            reader.add_photo(photo, caption)
        if not text:
            continue
        if END_RE.match(text):
            section = "contacts" if section == "body" else section
            continue
        if CONTACTS_RE.match(text) and len(text) < 80:
            section = "contacts"
            rest = text.split(":", 1)[1] if ":" in text else ""
            if rest.strip():
                person = _contact(rest)
                if person:
                    contacts.append(person)
            continue
        about_match = ABOUT_RE.match(text)
        if (about_match and section != "body") or (about_match and para.all_bold):
            section = "about"
            continue
        if section == "contacts":
            person = _contact(para.text)
            if person:
                contacts.append(person)
            continue
        if section == "about":
            about_lines.append(text)
            continue
        if para.style == QUOTE_STYLE:
            quotes.append(_quote(para))
            continue
        runs = para.runs
        prefix = 0
        if not body:
            date_texts.append(text)
            match = DATELINE_RE.match(para.text)
            if match:
                city = match.group("city").strip()
                if city.isupper() or match.group("dash") in ("–", "—"):
                    dateline_city = city
                    prefix = match.end()
        kind = BlockKind.PARAGRAPH
        if para.numbered or "list" in para.style or "butir" in para.style:
            kind = BlockKind.BULLET
        elif BULLET_MARK_RE.match(para.text) and body:
            kind = BlockKind.BULLET
            prefix = BULLET_MARK_RE.match(para.text).end()  # type: ignore[union-attr]
        cleaned = _strip_runs(runs, prefix)
        body.append(Block(tuple(cleaned), kind))
        if len(body) <= 3:
            date_texts.append(text)

    props = document.core_properties
    created = props.created
    fallback_year = created.year if created else datetime.now(UTC).year
    release_date = _find_date(date_texts, number, fallback_year)
    created_at = created.replace(tzinfo=UTC) if created and created.tzinfo is None else (
        created.astimezone(UTC) if created else utc_now())
    tags = tuple(t.strip() for t in re.split(r"[,;]", props.keywords or "") if t.strip())
    release = new_release(
        title=title, subtitle=subtitle, dateline_city=dateline_city,
        release_date=release_date, number=number, body=tuple(body), quotes=tuple(quotes),
        contacts=tuple(contacts), about="\n".join(about_lines), tags=tags,
        photos=tuple(reader.photo_refs), status=status, created_at=created_at,
        updated_at=created_at,
    )
    release = _clean(release, reader.warnings, path)
    return WordImport(path, release, tuple(reader.photos), tuple(reader.warnings))


def _clean(release: Release, warnings: list[str], path: Path) -> Release:
    """Word files can carry characters the archive's XML exports cannot; drop them now."""
    found = clean_text(release.full_text())[1]
    if not found:
        return release
    from humas_desktop.export.cleaning import clean_object

    local: list[str] = []
    cleaned = clean_object(release, path.name, local)
    warnings += local
    return cleaned


def import_docx(path: Path, status: Status = Status.PUBLISHED) -> WordImport:
    """Read one Word file; raise WordImportError with a per-file message if it is unusable.

    Imported releases default to Published: they are the office's past, already sent out.
    """
    path = Path(path)
    inspect_package(path)
    document = _open(path)
    try:
        return _read(path, document, status)
    except WordImportError:
        raise
    except (ValueError, KeyError, AttributeError, IndexError):
        raise WordImportError(tr("word_import.broken_xml", file=path.name), path) from None


def read_docx(path: Path) -> Release:
    """The archive's reader signature (path → Release): text only.

    The photos are left out because nothing here can store their bytes, and a release must
    not point at photos the archive does not have; `import_word_files` keeps them.
    """
    return replace(import_docx(path).release, photos=())


# ---- 4. many files into the archive ---------------------------------------------------------


class PhotoArchive(Protocol):
    def add_photo_bytes(self, data: bytes, file_name: str, caption: str = "",
                        credit: str = "") -> Photo: ...

    def import_releases(self, releases: Iterable[Release],
                        progress: Callable[[int], None] | None = None) -> list[str]: ...


@dataclass
class ImportReport:
    imported: list[tuple[Path, str]] = field(default_factory=list)  # (file, release id)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (file, message)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False


def docx_files(paths: Sequence[Path]) -> list[Path]:
    """Files as given, and every .docx inside given folders (Word's ~$ lock files skipped)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.suffix.lower() == ".docx"
                          and not p.name.startswith("~$") and p.is_file())
        else:
            out.append(path)
    return out


def import_word_files(paths: Sequence[Path], archive: PhotoArchive, *,
                      status: Status = Status.PUBLISHED,
                      progress: Callable[[int, int, str], None] | None = None,
                      cancel: Callable[[], bool] | None = None) -> ImportReport:
    """Import each Word file with its photos; a bad file is reported and the rest go on."""
    report = ImportReport()
    files = docx_files(paths)
    for done, path in enumerate(files, 1):
        if cancel is not None and cancel():
            report.cancelled = True
            break
        try:
            result = import_docx(path, status)
            stored = [archive.add_photo_bytes(p.data, p.file_name, p.caption, p.credit)
                      for p in result.photos]
            release = replace(result.release, photos=tuple(stored))
            (release_id,) = archive.import_releases([release])
            report.imported.append((path, release_id))
            report.warnings += result.warnings
        except HumasError as exc:
            report.failed.append((path, str(exc)))
        except Exception as exc:  # a bug met on one odd file must not cost the other files
            _log.exception("Word import of %s failed", path)
            report.failed.append((path, tr("word_import.unexpected", file=path.name,
                                           reason=type(exc).__name__)))
        if progress is not None:
            progress(done, len(files), path.name)
    return report
