"""Batch export of many releases into a folder, with progress and cancel.

One bad release (a missing photo folder, a file locked by Word) must not stop the other 499, so
each failure is recorded and the batch goes on. PDF goes through LibreOffice in groups, since
starting it costs seconds while converting one more file costs little.
"""

from __future__ import annotations

import logging
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from humas_desktop.errors import HumasError
from humas_desktop.export.caption import Platform
from humas_desktop.export.docx import PhotoResolver, render_docx
from humas_desktop.export.errors import ExportError, PdfUnavailable
from humas_desktop.export.formats import ExportFormat, export_release, parse_format
from humas_desktop.export.output import write_atomic
from humas_desktop.export.pdf import convert_to_pdf, find_soffice, unavailable_message
from humas_desktop.i18n import tr
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Release

_log = logging.getLogger(__name__)

# progress(done, total, title of the release just handled)
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]
PDF_GROUP = 10
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (release id, message)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False


def slug(text: str, limit: int = 60) -> str:
    """A file-name-safe, readable stem: `Rakor Stunting: 2024!` → `rakor-stunting-2024`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    stem = "-".join(words)[:limit].strip("-")
    if not stem or stem in _RESERVED:
        stem = f"siaran-pers-{stem}".strip("-")
    return stem


def file_name(release: Release, fmt: ExportFormat) -> str:
    when = release.release_date.isoformat() if release.release_date else "tanpa-tanggal"
    return f"{when}_{slug(release.title)}{fmt.suffix}"


def _unique(folder: Path, name: str, taken: set[str], force: bool) -> Path:
    stem, suffix = name.rsplit(".", 1)
    candidate, n = name, 1
    while candidate.lower() in taken or (not force and (folder / candidate).exists()):
        n += 1
        candidate = f"{stem}-{n}.{suffix}"
    taken.add(candidate.lower())
    return folder / candidate


def export_batch(releases: Sequence[Release], folder: Path,
                 fmt: ExportFormat | str = ExportFormat.DOCX, *,
                 office: OfficeProfile | None = None, photo_resolver: PhotoResolver | None = None,
                 template: Path | None = None, platform: Platform | str = Platform.INSTAGRAM,
                 force: bool = False, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> BatchResult:
    """Export every release into `folder` under a name made from its date and title.

    Existing files get a numbered name unless `force`. `cancel()` is polled between releases;
    files already written stay (each is complete).
    """
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    if not folder.is_dir():
        raise ExportError(tr("export.folder_missing", folder=str(folder)))
    if fmt is ExportFormat.PDF and find_soffice() is None:
        raise PdfUnavailable(unavailable_message())
    result = BatchResult()
    taken: set[str] = set()
    total = len(releases)
    if fmt is ExportFormat.PDF:
        _pdf_batch(releases, folder, result, taken, office, photo_resolver, template, force,
                   progress, cancel)
        return result
    for done, release in enumerate(releases, 1):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        target = _unique(folder, file_name(release, fmt), taken, force)
        try:
            written = export_release(release, target, fmt, office=office,
                                     photo_resolver=photo_resolver, template=template,
                                     platform=platform, force=force)
            result.written.append(written.path)
            result.warnings += [f"{target.name}: {w}" for w in written.warnings]
        except HumasError as exc:
            result.failed.append((release.id, tr("export.batch_failed", title=release.title,
                                                  reason=str(exc))))
        except Exception as exc:  # a bug met on one release must not cost the other 499
            _log.exception("export of release %s failed", release.id)
            result.failed.append((release.id, tr("export.batch_failed", title=release.title,
                                                  reason=type(exc).__name__)))
        if progress is not None:
            progress(done, total, release.title)
    return result


def _convert_group(sources: list[tuple[Release, Path, Path]], work: Path,
                   result: BatchResult) -> list[tuple[tuple[Release, Path, Path], Path]]:
    """Convert a group with one LibreOffice run; if that fails, file by file to find the culprit."""
    if not sources:
        return []
    try:
        pdfs = convert_to_pdf([source for _, source, _ in sources], work)
        return list(zip(sources, pdfs, strict=True))
    except ExportError as exc:
        if len(sources) == 1:
            release = sources[0][0]
            result.failed.append((release.id, tr("export.batch_failed", title=release.title,
                                                  reason=str(exc))))
            return []
    converted = []
    for item in sources:
        converted += _convert_group([item], work, result)
    return converted


def _pdf_batch(releases: Sequence[Release], folder: Path, result: BatchResult, taken: set[str],
               office: OfficeProfile | None, photo_resolver: PhotoResolver | None,
               template: Path | None, force: bool, progress: Progress | None,
               cancel: Cancel | None) -> None:
    total = len(releases)
    done = 0
    for start in range(0, total, PDF_GROUP):
        if cancel is not None and cancel():
            result.cancelled = True
            return
        group = releases[start:start + PDF_GROUP]
        with tempfile.TemporaryDirectory(prefix="humas-batch-") as work_name:
            work = Path(work_name)
            sources: list[tuple[Release, Path, Path]] = []
            for index, release in enumerate(group):
                target = _unique(folder, file_name(release, ExportFormat.PDF), taken, force)
                source = work / f"{index:03d}.docx"
                try:
                    data, warnings = render_docx(release, office, photo_resolver=photo_resolver,
                                                 template=template)
                    source.write_bytes(data)
                    sources.append((release, source, target))
                    result.warnings += [f"{target.name}: {w}" for w in warnings]
                except (HumasError, OSError) as exc:
                    result.failed.append((release.id, tr("export.batch_failed",
                                                          title=release.title, reason=str(exc))))
            converted = _convert_group(sources, work, result)
            for (release, _, target), pdf in converted:
                try:
                    write_atomic(target, pdf.read_bytes(), force=force)
                    result.written.append(target)
                except HumasError as exc:
                    result.failed.append((release.id, tr("export.batch_failed",
                                                          title=release.title, reason=str(exc))))
        for release in group:
            done += 1
            if progress is not None:
                progress(done, total, release.title)
