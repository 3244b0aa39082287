"""Build resources/word/siaran-pers.docx, the built-in Word template of the export.

The look of an exported release lives in named styles of this file (docs/export.md lists them),
so an office that wants its own fonts or letterhead edits a copy in Word instead of code. Run
again after changing a style here: `.venv/bin/python scripts/make_word_template.py`.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humas_desktop.export.docx import (  # noqa: E402
    PPR_ORDER,
    RPR_ORDER,
    STYLES,
    add_page_number_footer,
    insert_ordered,
)

OUT = ROOT / "resources" / "word" / "siaran-pers.docx"
FONT = "Arial"
DARK = RGBColor(0x1A, 0x1A, 0x1A)


def _set_lang_and_font(doc: Document) -> None:
    """Document defaults: Arial 12 pt, Indonesian proofing language."""
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    fonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    insert_ordered(rpr, fonts, RPR_ORDER)
    for tag in ("w:sz", "w:szCs"):
        size = OxmlElement(tag)
        size.set(qn("w:val"), "24")
        insert_ordered(rpr, size, RPR_ORDER)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "id-ID")
    lang.set(qn("w:eastAsia"), "id-ID")
    lang.set(qn("w:bidi"), "ar-SA")
    insert_ordered(rpr, lang, RPR_ORDER)


def _paragraph_style(doc: Document, name: str, *, size: float = 12, bold: bool = False,
                     italic: bool = False, align: int = WD_ALIGN_PARAGRAPH.LEFT,
                     before: float = 0, after: float = 0, line: float = 1.0,
                     caps: bool = False, keep_next: bool = False, spacing: float = 0):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    font = style.font
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.all_caps = caps
    font.color.rgb = DARK
    if spacing:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))
        insert_ordered(style.element.get_or_add_rPr(), sp, RPR_ORDER)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    fmt.line_spacing = line
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    return style


def _bottom_rule(style) -> None:
    """The letterhead's double rule: a thick line above a thin one, across the text width."""
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "thickThinSmallGap")
    bottom.set(qn("w:sz"), "24")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    insert_ordered(ppr, borders, PPR_ORDER)


# Built-in styles kept from python-docx's default template; the ~130 table and list styles
# beyond these only slow every export down (Word still offers them from its own catalogue).
KEEP = {"Normal", "Default Paragraph Font", "Normal Table", "No List", "Header", "Footer",
        "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption", "Quote",
        "List Paragraph", "List Bullet", "List Number", "Strong", "Emphasis", "Table Grid",
        "No Spacing", "Body Text"}


def _prune_styles(doc: Document) -> None:
    keep = KEEP | {f"{name} Char" for name in KEEP}
    root = doc.styles.element
    for style in list(doc.styles):
        if style.name not in keep:
            root.remove(style.element)


def build() -> Document:
    doc = Document()
    _prune_styles(doc)
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.header_distance = Cm(1.25)
    section.footer_distance = Cm(1.25)
    _set_lang_and_font(doc)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(0)

    s = STYLES
    _paragraph_style(doc, s.kop_government, size=12, bold=True, caps=True,
                     align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, s.kop_agency, size=14, bold=True, caps=True,
                     align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, s.kop_address, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    rule = _paragraph_style(doc, s.kop_rule, size=4, after=14)
    _bottom_rule(rule)
    _paragraph_style(doc, s.label, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     spacing=2, keep_next=True)
    _paragraph_style(doc, s.number, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=18,
                     keep_next=True)
    title = _paragraph_style(doc, s.title, size=15, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                             after=8, line=1.1, keep_next=True)
    title.paragraph_format.left_indent = Cm(0.5)
    title.paragraph_format.right_indent = Cm(0.5)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "0")
    insert_ordered(title.element.get_or_add_pPr(), outline, PPR_ORDER)
    _paragraph_style(doc, s.subtitle, size=12, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     after=14, keep_next=True)
    _paragraph_style(doc, s.body, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8, line=1.15)
    bullet = _paragraph_style(doc, s.bullet, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                              before=2, after=8, line=1.15)
    # Items sit close together; the list as a whole keeps the body's 8 pt after it.
    insert_ordered(bullet.element.get_or_add_pPr(), OxmlElement("w:contextualSpacing"),
                   PPR_ORDER)
    num_pr = doc.styles["List Bullet"].element.pPr.find(qn("w:numPr"))
    insert_ordered(bullet.element.get_or_add_pPr(), copy.deepcopy(num_pr), PPR_ORDER)
    quote = _paragraph_style(doc, s.quote, size=12, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT,
                             after=8, line=1.15)
    quote.paragraph_format.left_indent = Cm(1.0)
    quote.paragraph_format.right_indent = Cm(1.0)
    _paragraph_style(doc, s.photo, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=3,
                     keep_next=True)
    _paragraph_style(doc, s.caption, size=10, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     after=10)
    _paragraph_style(doc, s.end, size=12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     before=10, after=14)
    _paragraph_style(doc, s.section, size=11, bold=True, before=8, after=2, keep_next=True)
    _paragraph_style(doc, s.contact, size=11, after=6)
    _paragraph_style(doc, s.about, size=10, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4, line=1.1)
    _paragraph_style(doc, s.footer, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_page_number_footer(doc, s.footer)

    props = doc.core_properties
    for attr in ("author", "last_modified_by", "comments", "title", "subject", "keywords",
                 "category"):
        setattr(props, attr, "")
    props.language = "id-ID"
    props.revision = 1
    return doc


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    build().save(OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
