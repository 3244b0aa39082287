"""Export commands: `export` (Word, PDF, e-mail text, WhatsApp, caption; one or many releases),
and Word files for `import` (with their photos, each bad file reported, the rest imported).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from humas_desktop.cli.common import Progress, open_archive
from humas_desktop.errors import HumasError
from humas_desktop.i18n import tr

if TYPE_CHECKING:
    from humas_desktop.archive import Archive
    from humas_desktop.model.release import Release

FORMATS = ("docx", "pdf", "txt", "wa", "caption")
PLATFORMS = ("instagram", "facebook", "x")
WORD_SUFFIX = ".docx"
IMPORT_STATUSES = ("published", "draft")  # Word files: past releases, or drafts to rework


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("export", help=tr("cli.export.help"))
    p.add_argument("ids", nargs="*", metavar="ID", help=tr("cli.export.ids"))
    p.add_argument("--format", "-f", choices=FORMATS, default="docx",
                   help=tr("cli.export.format"))
    p.add_argument("--out", "-o", type=Path, required=True, metavar="PATH",
                   help=tr("cli.export.out"))
    p.add_argument("--force", action="store_true", help=tr("cli.export.force"))
    p.add_argument("--all", action="store_true", help=tr("cli.export.all"))
    p.add_argument("--template", type=Path, metavar="DOCX", help=tr("cli.export.template"))
    p.add_argument("--platform", choices=PLATFORMS, default="instagram",
                   help=tr("cli.export.platform"))
    p.set_defaults(handler=cmd_export)
    _take_over_word_import(subparsers)


def _take_over_word_import(
        subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Let `import` hand .docx files and folders to the Word importer.

    The archive's `import` reads all files first and stores them in one transaction; Word files
    bring photos and are imported one by one so a damaged file does not stop the others.
    """
    parser = subparsers.choices.get("import")
    if parser is None:
        return
    original = parser.get_default("handler")
    parser.add_argument("--status", choices=IMPORT_STATUSES, default="published",
                        help=tr("cli.import_word.status"))
    parser.set_defaults(handler=lambda args: cmd_import(args, original))


def _template(args: argparse.Namespace, archive: Archive) -> Path | None:
    from humas_desktop.export.docx import TEMPLATE_SETTING

    if args.template is not None:
        return Path(args.template)
    saved = archive.setting(TEMPLATE_SETTING)
    return Path(saved) if saved else None


def _all_releases(archive: Archive) -> list[Release]:
    from humas_desktop.archive import ListQuery

    releases: list[Release] = []
    offset = 0
    while True:
        page = archive.list(ListQuery(sort="date", descending=False, offset=offset, limit=200))
        releases += [archive.get(item.id) for item in page.items]
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return releases


def _print_warnings(warnings: Any) -> None:
    for warning in warnings:
        print(f"humas-desktop: {warning}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from humas_desktop.export.batch import export_batch
    from humas_desktop.export.formats import export_release, render_text

    if not args.ids and not args.all:
        raise HumasError(tr("cli.export.need_ids"))
    out: Path = args.out
    if str(out) == "-":  # text formats to standard output, e.g. piped to the clipboard
        if args.all or len(args.ids) != 1:
            raise HumasError(tr("cli.export.stdout_one"))
        with open_archive(args) as archive:
            release = archive.get(archive.find_id(args.ids[0]))
            text, warnings = render_text(release, args.format, office=archive.office_profile(),
                                         platform=args.platform)
        _print_warnings(warnings)
        sys.stdout.write(text)
        return 0
    with open_archive(args) as archive:
        office = archive.office_profile()
        template = _template(args, archive)
        releases = (_all_releases(archive) if args.all
                    else [archive.get(archive.find_id(i)) for i in args.ids])
        options: dict[str, Any] = dict(office=office, photo_resolver=archive.photo_path,
                                       template=template, platform=args.platform,
                                       force=args.force)
        if len(releases) == 1 and not args.all and not out.is_dir():
            result = export_release(releases[0], out, args.format, **options)
            _print_warnings(result.warnings)
            print(tr("cli.export.written", path=str(result.path)))
            return 0
        if not out.is_dir():
            raise HumasError(tr("cli.export.out_folder"))
        progress = Progress(len(releases), tr("cli.export.progress"))
        batch = export_batch(releases, out, args.format,
                             progress=lambda done, total, title: progress(done), **options)
        progress.finish()
    _print_warnings(batch.warnings)
    _print_warnings(message for _, message in batch.failed)
    for path in batch.written:
        print(path)
    for existing, written in batch.renamed:
        print(tr("cli.export.renamed", existing=existing.name, written=written.name),
              file=sys.stderr)
    for existing in batch.skipped:
        print(tr("cli.export.skipped", existing=existing.name), file=sys.stderr)
    print(tr("cli.export.summary", written=len(batch.written), failed=len(batch.failed)),
          file=sys.stderr)
    return 2 if batch.failed else 0


def cmd_import(args: argparse.Namespace, original: Any) -> int:
    """`.docx` files and folders go to the Word importer, everything else to the archive's."""
    from humas_desktop.export.word_import import docx_files, import_word_files
    from humas_desktop.model.workflow import Status

    word = [p for p in args.files if p.is_dir() or p.suffix.lower() == WORD_SUFFIX]
    other = [p for p in args.files if p not in word]
    status = 0
    if other and original is not None:
        status = int(original(argparse.Namespace(**{**vars(args), "files": other})) or 0)
    if not word:
        return status
    files = docx_files(word)
    with open_archive(args) as archive:
        progress = Progress(len(files), tr("cli.import_word.progress"))
        report = import_word_files(files, archive,
                                   status=Status(getattr(args, "status", None) or "published"),
                                   progress=lambda done, total, name: progress(done))
        progress.finish()
    _print_warnings(report.warnings)
    _print_warnings(message for _, message in report.failed)
    for _, release_id in report.imported:
        print(release_id)
    return 2 if report.failed else status
