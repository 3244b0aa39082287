"""Batch export of many releases into a folder, with progress and cancel.

One bad release (a missing photo folder, a file locked by Word) must not stop the other 499, so
each failure is recorded and the batch goes on. PDF goes through LibreOffice in groups, since
starting it costs seconds while converting one more file costs little.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from humas_desktop.errors import HumasError
from humas_desktop.export.caption import Platform
from humas_desktop.export.docx import PhotoResolver, render_docx
from humas_desktop.export.errors import ExportError, PdfUnavailable
from humas_desktop.export.formats import ExportFormat, export_release, parse_format
from humas_desktop.export.naming import numbered, release_file_name
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


class ExistingFiles(StrEnum):
    """What a batch does with a file of the same name already in the folder."""

    REPLACE = "replace"  # write over it (CLI --force)
    SKIP = "skip"  # leave it and do not export that release
    RENAME = "rename"  # keep it and write a numbered copy: `X (2).docx`


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (release id, message)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    skipped: list[Path] = field(default_factory=list)  # existing files left alone
    renamed: list[tuple[Path, Path]] = field(default_factory=list)  # (existing, written instead)


def file_name(release: Release, fmt: ExportFormat) -> str:
    """The same name the single export suggests: `2026-11-23 Judul rilis.docx`."""
    return release_file_name(release, fmt.suffix)


class _Targets:
    """Hands out the target of each release: unique within the batch, existing files by policy.

    Two releases with the same date and title get `X.docx` and `X (2).docx` in every run, so a
    second run meets the same names and Replace/Skip treat each file as its own release's.
    """

    def __init__(self, folder: Path, existing: ExistingFiles) -> None:
        self.folder = folder
        self.existing = existing
        self._taken: set[str] = set()

    def _claim(self, name: str, n: int = 1) -> tuple[Path, int]:
        while numbered(name, n).lower() in self._taken:
            n += 1
        candidate = numbered(name, n)
        self._taken.add(candidate.lower())
        return self.folder / candidate, n

    def planned(self, name: str) -> Path:
        return self._claim(name)[0]

    def target(self, name: str, result: BatchResult) -> Path | None:
        """Where to write `name`, or None when an existing file is to be skipped."""
        path, n = self._claim(name)
        if not path.exists() or self.existing is ExistingFiles.REPLACE:
            return path
        if self.existing is ExistingFiles.SKIP:
            result.skipped.append(path)
            return None
        wanted = path
        while path.exists():
            path, n = self._claim(name, n + 1)
        result.renamed.append((wanted, path))
        return path


def existing_files(releases: Sequence[Release], folder: Path,
                   fmt: ExportFormat | str = ExportFormat.DOCX) -> list[Path]:
    """Files in `folder` a batch of `releases` would meet (for asking before it starts)."""
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    targets = _Targets(folder, ExistingFiles.REPLACE)
    planned = (targets.planned(file_name(release, fmt)) for release in releases)
    return [path for path in planned if path.exists()]


def _policy(existing: ExistingFiles | str | None, force: bool) -> ExistingFiles:
    if existing is None:
        return ExistingFiles.REPLACE if force else ExistingFiles.RENAME
    return ExistingFiles(existing)


def export_batch(releases: Sequence[Release], folder: Path,
                 fmt: ExportFormat | str = ExportFormat.DOCX, *,
                 office: OfficeProfile | None = None, photo_resolver: PhotoResolver | None = None,
                 template: Path | None = None, platform: Platform | str = Platform.INSTAGRAM,
                 force: bool = False, existing: ExistingFiles | str | None = None,
                 progress: Progress | None = None,
                 cancel: Cancel | None = None) -> BatchResult:
    """Export every release into `folder` under a name made from its date and title.

    `existing` says what happens to a file of that name already there (default: a numbered
    copy, or replace when `force`); `BatchResult.skipped` and `.renamed` tell which. `cancel()`
    is polled between releases; files already written stay (each is complete).
    """
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    if not folder.is_dir():
        raise ExportError(tr("export.folder_missing", folder=str(folder)))
    if fmt is ExportFormat.PDF and find_soffice() is None:
        raise PdfUnavailable(unavailable_message())
    result = BatchResult()
    targets = _Targets(folder, _policy(existing, force))
    force = targets.existing is ExistingFiles.REPLACE
    total = len(releases)
    if fmt is ExportFormat.PDF:
        _pdf_batch(releases, folder, result, targets, office, photo_resolver, template, force,
                   progress, cancel)
        return result
    for done, release in enumerate(releases, 1):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        target = targets.target(file_name(release, fmt), result)
        if target is None:
            if progress is not None:
                progress(done, total, release.title)
            continue
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


def _pdf_batch(releases: Sequence[Release], folder: Path, result: BatchResult, targets: _Targets,
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
                target = targets.target(file_name(release, ExportFormat.PDF), result)
                if target is None:
                    continue
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
