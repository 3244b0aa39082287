"""Archive commands: import, list, search, show, history, restore, delete, backup, check-db
(with --gc-photos)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from humas_desktop.cli.common import Progress, open_archive, status_label
from humas_desktop.errors import HumasError
from humas_desktop.i18n import tr

if TYPE_CHECKING:
    from humas_desktop.archive import ListItem
    from humas_desktop.model.release import Release

WORD_IMPORT_MODULE = "humas_desktop.export.word_import"


@dataclass(frozen=True)
class ReadFile:
    """What a reader found in one file: the release and the photos it carries (Word files)."""

    release: Release
    photos: tuple[Any, ...] = ()  # each with .data, .file_name, .caption, .credit


Reader = Callable[[Path], ReadFile]


def _read_json(path: Path) -> ReadFile:
    from humas_desktop.archive.importing import read_json

    return ReadFile(read_json(path))


def _read_txt(path: Path) -> ReadFile:
    from humas_desktop.archive.importing import read_txt

    return ReadFile(read_txt(path))


def _read_docx(path: Path) -> ReadFile:
    module = importlib.import_module(WORD_IMPORT_MODULE)  # python-docx, Pillow: only when needed
    result = module.import_docx(path)
    return ReadFile(result.release, tuple(result.photos))


def importers() -> dict[str, Reader]:
    """File suffix → reader. `.docx` comes from the export layer's Word importer."""
    table: dict[str, Reader] = {".json": _read_json, ".txt": _read_txt}
    if _module_exists(WORD_IMPORT_MODULE):
        table[".docx"] = _read_docx
    return table


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # the parent package is not there either
        return False


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("import", help=tr("cli.import.help"))
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("list", help=tr("cli.list.help"))
    p.add_argument("--status", metavar="S", help=tr("cli.opt.status"))
    p.add_argument("--trash", action="store_true", help=tr("cli.opt.trash"))
    p.add_argument("--limit", type=int, metavar="N", help=tr("cli.opt.limit"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    p.set_defaults(handler=cmd_list)

    p = subparsers.add_parser("search", help=tr("cli.search.help"))
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--status", metavar="S", help=tr("cli.opt.status"))
    p.add_argument("--limit", type=int, default=50, metavar="N", help=tr("cli.opt.limit"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser("show", help=tr("cli.show.help"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    p.set_defaults(handler=cmd_show)

    p = subparsers.add_parser("history", help=tr("cli.history.help"))
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_history)

    p = subparsers.add_parser("restore", help=tr("cli.restore.help"))
    p.add_argument("id", metavar="ID")
    p.add_argument("revision", metavar="REVISION", type=int)
    p.set_defaults(handler=cmd_restore)

    p = subparsers.add_parser("delete", help=tr("cli.delete.help"))
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_delete)

    p = subparsers.add_parser("backup", help=tr("cli.backup.help"))
    p.add_argument("--out", metavar="PATH", type=Path, help=tr("cli.opt.out"))
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("check-db", help=tr("cli.check_db.help"))
    p.add_argument("--gc-photos", action="store_true", help=tr("cli.opt.gc_photos"))
    p.set_defaults(handler=cmd_check_db)


def read_files(paths: list[Path]) -> list[ReadFile]:
    """Read every file first: one bad file stops the import before anything is written."""
    table = importers()
    progress = Progress(len(paths), tr("cli.import.reading"))
    found = []
    for done, path in enumerate(paths, 1):
        reader = table.get(path.suffix.lower())
        if reader is None:
            raise HumasError(tr("import.unsupported", file=str(path),
                                suffixes=", ".join(sorted(table))))
        found.append(reader(path))
        progress(done)
    progress.finish()
    return found


def cmd_import(args: argparse.Namespace) -> int:
    found = read_files(args.files)
    with open_archive(args) as archive:
        # Photo files first (content-addressed: harmless if the import then fails), then every
        # release in one transaction.
        releases = [
            replace(item.release, photos=tuple(
                archive.add_photo_bytes(p.data, p.file_name, p.caption, p.credit)
                for p in item.photos)) if item.photos else item.release
            for item in found
        ]
        progress = Progress(len(releases), tr("cli.import.saving"))
        ids = archive.import_releases(releases, progress=progress)
        progress.finish()
    for release_id in ids:
        print(release_id)
    return 0


def _item_dict(item: ListItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "release_date": item.release_date.isoformat() if item.release_date else None,
        "status": item.status.value,
        "category": item.category,
        "updated_at": item.updated_at.isoformat(),
        "tags": list(item.tags),
        **({"snippet": item.snippet} if item.snippet else {}),
    }


def _item_line(item: ListItem) -> str:
    when = item.release_date.isoformat() if item.release_date else "----------"
    return f"{item.id}  {when}  {status_label(item.status.value):<11} {item.title}"


def _print_items(items: list[ListItem], as_json: bool, snippets: bool = False) -> None:
    if as_json:
        json.dump([_item_dict(i) for i in items], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    for item in items:
        print(_item_line(item))
        if snippets and item.snippet:
            print(f"    {item.snippet}")


def _status(value: str | None) -> Any:
    from humas_desktop.model.workflow import parse_status

    return parse_status(value) if value else None


def cmd_list(args: argparse.Namespace) -> int:
    from humas_desktop.archive import ListQuery

    status = _status(args.status)
    items: list[ListItem] = []
    with open_archive(args) as archive:
        chunk, offset = 1000, 0
        while args.limit is None or len(items) < args.limit:
            want = chunk if args.limit is None else min(chunk, args.limit - len(items))
            page = archive.list(ListQuery(status=status, deleted=args.trash, offset=offset,
                                          limit=want))
            items += page.items
            offset += len(page.items)
            if len(page.items) < want:
                break
    _print_items(items, args.json)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from humas_desktop.archive import ListQuery

    with open_archive(args) as archive:
        page = archive.list(ListQuery(text=args.query, status=_status(args.status),
                                      limit=max(args.limit, 0)))
    _print_items(page.items, args.json, snippets=True)
    if not args.json:
        print(tr("cli.search.total", shown=len(page.items), total=page.total), file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from humas_desktop.archive.render import readable_text
    from humas_desktop.model.interchange import dumps

    with open_archive(args) as archive:
        release = archive.get(archive.find_id(args.id), include_deleted=True)
    if args.json:
        print(dumps(release))
        return 0
    print(tr("cli.show.meta", id=release.id, status=status_label(release.status.value),
             revision=release.revision,
             updated=release.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")))
    if release.deleted:
        print(tr("cli.show.in_trash"))
    print()
    print(readable_text(release))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        revisions = archive.history(archive.find_id(args.id))
    for info in revisions:
        pin = tr("cli.history.pinned") if info.pinned else ""
        when = info.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{info.number:>5}  {when}  {info.size:>7} B  {pin}{info.title}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        release = archive.restore(archive.find_id(args.id), args.revision)
    print(tr("cli.restore.done", id=release.id, old=args.revision, new=release.revision))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        release_id = archive.find_id(args.id)
        archive.trash(release_id)
    print(tr("cli.delete.done", id=release_id))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        path = archive.backup(args.out)
    print(path)
    return 0


def cmd_check_db(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.check()
        if not report.ok:
            raise HumasError(report.message())
        print(report.message())
        if args.gc_photos:  # only on a sound file: never act on what a damaged one says
            deleted = archive.collect_unused_photos()
            print(tr("cli.gc_photos.done", plural=deleted, count=deleted))
    return 0
