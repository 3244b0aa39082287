"""Word export: a release as the .docx an Indonesian government office sends to the press.

The look (fonts, sizes, spacing, the letterhead rule) lives in named styles of a template .docx,
`resources/word/siaran-pers.docx` by default; an office may point to its own copy. If that copy
has a letterhead in its page header, it is used as is; otherwise the letterhead (kop) is built
from the office profile. docs/export.md lists the style names.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC
from functools import cache
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu
from docx.text.paragraph import Paragraph

from humas_desktop.export.cleaning import clean_object
from humas_desktop.export.errors import WordTemplateError
from humas_desktop.export.images import (
        PHOTO_MAX_PX,
    ImageProblem,
    prefetch,
    prepare_file,
)
from humas_desktop.export.output import ExportResult, check_target, write_atomic
from humas_desktop.export.parts import (
    END_MARK,
    about,
    agency,
    attribution_lines,
    contact_lines,
    contacts,
    dateline,
    photo_caption,
    quote_text,
    quotes_to_print,
)
from humas_desktop.export.wording import doc_text
from humas_desktop.i18n import tr
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import BlockKind, Release
from humas_desktop.resources import resource_path

PhotoResolver = Callable[[str], Path | None]

LOGO_HEIGHT = Cm(2.5)


@dataclass(frozen=True)
class StyleNames:
    """The paragraph styles a Word template must define (docs/export.md)."""

    kop_government: str = "Kop Pemerintah"
    kop_agency: str = "Kop Instansi"
    kop_address: str = "Kop Alamat"
    kop_rule: str = "Kop Garis"
    label: str = "Label Siaran Pers"
    number: str = "Nomor Siaran"
    title: str = "Judul Siaran"
    subtitle: str = "Subjudul Siaran"
    body: str = "Isi Siaran"
    bullet: str = "Butir Siaran"
    quote: str = "Kutipan Siaran"
    photo: str = "Foto Siaran"
    caption: str = "Keterangan Foto"
    end: str = "Tanda Akhir"
    section: str = "Judul Bagian"
    contact: str = "Narahubung"
    about: str = "Tentang Instansi"
    footer: str = "Kaki Halaman"

    def all(self) -> tuple[str, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))


STYLES = StyleNames()
# Archive setting holding the path of the office's own template (Settings → Templat Word).
TEMPLATE_SETTING = "export.word_template"


def builtin_template() -> Path:
    return resource_path("word", "siaran-pers.docx")


@cache
def _builtin_bytes() -> bytes:
    return builtin_template().read_bytes()


def _style_names(document: Document) -> set[str]:
    return {style.name for style in document.styles if style.name}


def _open_template(path: Path) -> Document:
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, Exception):  # zip, XML and OS errors alike: not usable
        raise WordTemplateError(tr("export.template_unreadable", file=path.name)) from None


def check_template(path: Path) -> None:
    """Raise WordTemplateError naming the missing styles; the Settings dialog calls this."""
    names = _style_names(_open_template(path))
    missing = tuple(name for name in STYLES.all() if name not in names)
    if missing:
        raise WordTemplateError(
            tr("export.template_missing_styles", file=path.name, styles=", ".join(missing)),
            missing)


def load_template(template: Path | None, warnings: list[str]) -> Document:
    """The office's template if usable, else the built-in one (with a warning saying why)."""
    if template is not None:
        try:
            check_template(template)
            return _open_template(template)
        except WordTemplateError as exc:
            warnings.append(f"{exc} {tr('export.template_fallback')}")
    return docx.Document(io.BytesIO(_builtin_bytes()))


def resolve_photo(resolver: PhotoResolver | None, sha256: str) -> Path | None:
    """The file of a photo, or None; a malformed hash from an old import is just "missing"."""
    if resolver is None or not sha256:
        return None
    try:
        return resolver(sha256)
    except (ValueError, OSError):
        return None


# ---- small XML helpers python-docx has no API for ------------------------------------------

# Child order the OOXML schema prescribes; Word reports a file as damaged when it is not kept.
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
    "rPr", "sectPr", "pPrChange")
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
    "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
    "oMath")
TBLPR_ORDER = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange")


def insert_ordered(parent: Any, child: Any, order: tuple[str, ...]) -> None:
    """Put `child` where the schema wants it among `parent`'s children (replacing a twin)."""
    local = child.tag.rsplit("}", 1)[-1]
    old = parent.find(qn(f"w:{local}"))
    if old is not None:
        parent.remove(old)
    later = order[order.index(local) + 1:]
    parent.insert_element_before(child, *(f"w:{name}" for name in later))



def _has_content(part_element: Any) -> bool:
    texts = "".join(part_element.itertext()).strip()
    return bool(texts) or part_element.find(".//" + qn("w:drawing")) is not None


def template_has_letterhead(document: Document) -> bool:
    """True when the template's page header already carries the office's letterhead."""
    section = document.sections[0]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    return any(not h.is_linked_to_previous and _has_content(h._element) for h in headers)


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {instruction} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def add_page_number_footer(document: Document, style: str) -> None:
    """`Halaman N dari M` with PAGE/NUMPAGES fields, unless the footer already numbers pages."""
    footer = document.sections[0].footer
    if footer._element.find(".//" + qn("w:fldSimple")) is not None or any(
        "PAGE" in (el.text or "") for el in footer._element.iter(qn("w:instrText"))
    ):
        return
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    if style in _style_names(document):
        paragraph.style = document.styles[style]
    else:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(doc_text("page") + " ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" " + doc_text("page_of") + " ")
    _field(paragraph, "NUMPAGES", "1")


def _alt_text(shape: Any, text: str) -> None:
    """Alternative text, read by screen readers and shown by Word's accessibility checker."""
    if text:
        shape._inline.docPr.set("descr", text)


def _clear_body(document: Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _no_cell_margins(table: Any) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), "60")
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    insert_ordered(table._tbl.tblPr, margins, TBLPR_ORDER)


# ---- the document --------------------------------------------------------------------------


class _Builder:
    def __init__(self, document: Document, photo_resolver: PhotoResolver | None,
                 warnings: list[str]) -> None:
        self.doc = document
        self.resolve = photo_resolver
        self.warnings = warnings
        # name → style id, resolved once: python-docx looks a name up by scanning every style.
        self.style_ids = {style.name: style.style_id for style in document.styles if style.name}
        section = document.sections[0]
        a4 = (Cm(21.0), Cm(29.7), Cm(2.5))  # for a template whose section leaves them unset
        self.text_width = Emu((section.page_width or a4[0]) - (section.left_margin or a4[2])
                              - (section.right_margin or a4[2]))
        self.text_height = Emu((section.page_height or a4[1]) - (section.top_margin or a4[2])
                               - (section.bottom_margin or a4[2]))

    def para(self, style: str, text: str = "") -> Paragraph:
        paragraph = self.doc.add_paragraph()
        self.set_style(paragraph, style)
        if text:
            paragraph.add_run(text)
        return paragraph

    def set_style(self, paragraph: Paragraph, style: str) -> None:
        style_id = self.style_ids.get(style)
        if style_id:
            paragraph._p.style = style_id

    def lines(self, paragraph: Paragraph, lines: list[tuple[str, bool]]) -> None:
        """Lines inside one paragraph, separated by line breaks; (text, bold)."""
        for i, (text, bold) in enumerate(lines):
            run = paragraph.add_run(text)
            run.bold = bold or None
            if i < len(lines) - 1:
                run.add_break()

    # letterhead

    def letterhead(self, office: OfficeProfile, release: Release) -> None:
        name = agency(release, office)
        if not (name or office.government):
            return
        table = self.doc.add_table(rows=1, cols=3)
        table.autofit = False
        _no_cell_margins(table)
        side = Cm(2.4)
        middle = Emu(self.text_width - 2 * side)
        widths = (side, middle, side)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # the grid LibreOffice lays out by
        for cell, width in zip(table.rows[0].cells, widths, strict=True):
            cell.width = width
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        logo_cell, text_cell, _ = table.rows[0].cells
        if office.logo_sha256:
            self._logo(logo_cell.paragraphs[0], office.logo_sha256, office.government or name)
        first = text_cell.paragraphs[0]
        rows: list[tuple[str, str]] = []
        if office.government:
            rows.append((STYLES.kop_government, office.government))
        if name:
            rows.append((STYLES.kop_agency, name))
        if office.address:
            rows.append((STYLES.kop_address, office.address))
        contact = [part for part in (
            doc_text("kop_phone", phone=office.phone) if office.phone else "",
            doc_text("kop_email", email=office.email) if office.email else "",
            doc_text("kop_web", web=office.website) if office.website else "",
        ) if part]
        if contact:
            rows.append((STYLES.kop_address, " \u00b7 ".join(contact)))
        for i, (style, text) in enumerate(rows):
            paragraph = first if i == 0 else text_cell.add_paragraph()
            self.set_style(paragraph, style)
            paragraph.add_run(text)
        self.para(STYLES.kop_rule)

    def _logo(self, paragraph: Paragraph, sha256: str, name: str) -> None:
        path = resolve_photo(self.resolve, sha256)
        if path is None:
            self.warnings.append(tr("export.logo_missing"))
            return
        try:
            image = prepare_file(path, PHOTO_MAX_PX, tr("export.where_logo"))
        except ImageProblem as exc:
            self.warnings.append(f"{tr('export.logo_missing')} {exc}")
            return
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shape = paragraph.add_run().add_picture(io.BytesIO(image.data), height=LOGO_HEIGHT)
        _alt_text(shape, doc_text("logo_alt", office=name) if name else "")

    # release parts

    def heading(self, release: Release) -> None:
        self.para(STYLES.label, doc_text("label"))
        if release.number:
            self.para(STYLES.number, doc_text("number", number=release.number))
        self.para(STYLES.title, release.title)
        if release.subtitle:
            self.para(STYLES.subtitle, release.subtitle)

    def body(self, release: Release) -> None:
        opening = dateline(release)
        for index, block in enumerate(release.body):
            style = STYLES.bullet if block.kind is BlockKind.BULLET else STYLES.body
            paragraph = self.para(style)
            if index == 0 and opening:
                paragraph.add_run(opening).bold = True
            for run in block.runs:
                if not run.text:
                    continue
                r = paragraph.add_run(run.text)
                if run.bold:
                    r.bold = True
                if run.italic:
                    r.italic = True

    def quotes(self, release: Release) -> None:
        for quote in quotes_to_print(release):
            paragraph = self.para(STYLES.quote, quote_text(quote.text))
            for line in attribution_lines(quote.speaker, quote.position):
                if paragraph.runs:
                    paragraph.runs[-1].add_break()
                paragraph.add_run(line).italic = False

    def photos(self, release: Release) -> None:
        for photo in release.photos:
            path = resolve_photo(self.resolve, photo.sha256)
            paragraph = self.para(STYLES.photo)
            try:
                if path is None:
                    raise ImageProblem(tr("export.image_missing", file=photo.file_name))
                image = prepare_file(path, PHOTO_MAX_PX, photo.file_name)
                width = Emu(int(self.text_width * 0.96))  # a hair inside the margins
                max_height = int(self.text_height * 0.5)
                if width * image.height / image.width > max_height:
                    width = Emu(int(max_height * image.width / image.height))
                shape = paragraph.add_run().add_picture(io.BytesIO(image.data), width=width)
                _alt_text(shape, photo.caption.strip() or photo.file_name)
            except ImageProblem as exc:
                self.warnings.append(str(exc))
                paragraph.add_run(doc_text("photo_placeholder", file=photo.file_name)).italic = True
            caption = photo_caption(photo.caption, photo.credit)
            if caption:
                self.para(STYLES.caption, caption)

    def ending(self, release: Release, office: OfficeProfile) -> None:
        self.para(STYLES.end, END_MARK)
        people = contacts(release, office)
        if people:
            self.para(STYLES.section, doc_text("contacts_heading"))
            for person in people:
                lines = contact_lines(person)
                self.lines(self.para(STYLES.contact),
                           [(line, i == 0) for i, line in enumerate(lines)])
        heading, text = about(release, office)
        if heading:
            self.para(STYLES.section, heading)
            for line in text.split("\n"):
                if line.strip():
                    self.para(STYLES.about, line.strip())


def _properties(document: Document, release: Release, office: OfficeProfile) -> None:
    props = document.core_properties
    author = agency(release, office)
    props.title = release.title
    props.subject = release.subtitle
    props.author = author
    props.last_modified_by = author
    props.keywords = ", ".join(release.tags)
    props.category = release.category
    props.comments = release.number
    props.language = "id-ID"
    props.created = release.created_at.astimezone(UTC).replace(tzinfo=None)
    props.modified = release.updated_at.astimezone(UTC).replace(tzinfo=None)
    props.revision = max(1, release.revision)


def build_document(release: Release, office: OfficeProfile | None = None, *,
                   photo_resolver: PhotoResolver | None = None, template: Path | None = None,
                   warnings: list[str] | None = None) -> Document:
    """The python-docx Document of `release`; problems met on the way go to `warnings`."""
    warnings = [] if warnings is None else warnings
    office = office or OfficeProfile()
    release = clean_object(release, tr("export.where_release"), warnings)
    office = clean_object(office, tr("export.where_office"), warnings)
    document = load_template(template, warnings)
    _clear_body(document)
    builder = _Builder(document, photo_resolver, warnings)
    if photo_resolver is not None:
        wanted = [(resolve_photo(photo_resolver, p.sha256), p.file_name) for p in release.photos]
        prefetch([(path, name) for path, name in wanted if path is not None])
    if not template_has_letterhead(document):
        builder.letterhead(office, release)
    builder.heading(release)
    builder.body(release)
    builder.quotes(release)
    builder.photos(release)
    builder.ending(release, office)
    add_page_number_footer(document, STYLES.footer)
    _properties(document, release, office)
    return document


def render_docx(release: Release, office: OfficeProfile | None = None, *,
                photo_resolver: PhotoResolver | None = None,
                template: Path | None = None) -> tuple[bytes, list[str]]:
    warnings: list[str] = []
    document = build_document(release, office, photo_resolver=photo_resolver,
                              template=template, warnings=warnings)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), warnings


def export_docx(release: Release, out: Path, office: OfficeProfile | None = None, *,
                photo_resolver: PhotoResolver | None = None, template: Path | None = None,
                force: bool = False) -> ExportResult:
    """Write `release` as a Word file at `out` (atomically; OutputExists unless `force`)."""
    check_target(out, force)
    data, warnings = render_docx(release, office, photo_resolver=photo_resolver,
                                 template=template)
    write_atomic(out, data, force=force)
    return ExportResult(out, tuple(warnings))
