"""One entry point for every output format, used by the CLI, batch export and the GUI."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from humas_desktop.export.caption import Platform, export_caption, social_caption
from humas_desktop.export.cleaning import clean_object
from humas_desktop.export.docx import PhotoResolver, export_docx, render_docx
from humas_desktop.export.errors import ExportError
from humas_desktop.export.output import ExportResult, check_target
from humas_desktop.export.pdf import docx_bytes_to_pdf
from humas_desktop.export.text import export_text, release_text
from humas_desktop.export.whatsapp import export_whatsapp, release_whatsapp
from humas_desktop.i18n import tr
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Release


class ExportFormat(StrEnum):
    DOCX = "docx"
    PDF = "pdf"
    TEXT = "txt"
    WHATSAPP = "wa"
    CAPTION = "caption"

    @property
    def suffix(self) -> str:
        return {"docx": ".docx", "pdf": ".pdf"}.get(self.value, ".txt")

    @property
    def is_text(self) -> bool:
        return self in (ExportFormat.TEXT, ExportFormat.WHATSAPP, ExportFormat.CAPTION)


def parse_format(value: str) -> ExportFormat:
    try:
        return ExportFormat(value.lower().lstrip("."))
    except ValueError:
        raise ExportError(tr("export.unknown_format", value=value,
                             allowed=", ".join(f.value for f in ExportFormat))) from None


def export_release(release: Release, out: Path, fmt: ExportFormat | str = ExportFormat.DOCX, *,
                   office: OfficeProfile | None = None,
                   photo_resolver: PhotoResolver | None = None, template: Path | None = None,
                   platform: Platform | str = Platform.INSTAGRAM,
                   force: bool = False) -> ExportResult:
    """Write `release` to `out` in `fmt`; raises ExportError (OutputExists, PdfUnavailable...)."""
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    if not out.suffix:
        out = out.with_suffix(fmt.suffix)
    if fmt is ExportFormat.DOCX:
        return export_docx(release, out, office, photo_resolver=photo_resolver,
                           template=template, force=force)
    if fmt is ExportFormat.PDF:
        check_target(out, force)
        data, warnings = render_docx(release, office, photo_resolver=photo_resolver,
                                     template=template)
        docx_bytes_to_pdf(data, out, force=force)
        return ExportResult(out, tuple(warnings))
    if fmt is ExportFormat.TEXT:
        return export_text(release, out, office, force=force)
    if fmt is ExportFormat.WHATSAPP:
        return export_whatsapp(release, out, office, force=force)
    return export_caption(release, out, platform, force=force)


def render_text(release: Release, fmt: ExportFormat | str, *, office: OfficeProfile | None = None,
                platform: Platform | str = Platform.INSTAGRAM) -> tuple[str, list[str]]:
    """The text of a text format, for the clipboard (GUI) or standard output (CLI `--out -`)."""
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    if not fmt.is_text:
        raise ExportError(tr("export.not_text", value=fmt.value))
    warnings: list[str] = []
    release = clean_object(release, tr("export.where_release"), warnings)
    office = clean_object(office or OfficeProfile(), tr("export.where_office"), warnings)
    if fmt is ExportFormat.TEXT:
        return release_text(release, office), warnings
    if fmt is ExportFormat.WHATSAPP:
        return release_whatsapp(release, office), warnings
    return social_caption(release, platform, warnings) + "\n", warnings
