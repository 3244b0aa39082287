"""`humas-desktop check FILE|ID...`: spelling and style findings for text files or releases.

A target that names an existing file is read as UTF-8 text; any other target is looked up as a
release id in the archive (its full text: title, subtitle, body, quotes). When the archive
exists, its office glossary, user dictionary and checker settings apply to files as well, so the
command line reports what the editor shows. Exit status 0 with or without findings, 2 on bad
input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from humas_desktop.errors import HumasError
from humas_desktop.i18n import current_language, tr

if TYPE_CHECKING:
    from humas_desktop.archive import Archive
    from humas_desktop.checks.engine import Checker
    from humas_desktop.checks.finding import Finding
    from humas_desktop.model.release import Release

# Archive settings read by the checker (the GUI's settings dialog writes the same keys).
LT_URL_ENV = "HUMAS_LT_URL"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("check", help=tr("cli.check.help"))
    p.add_argument("targets", nargs="+", metavar="FILE|ID", help=tr("cli.check.targets"))
    p.add_argument(
        "--format", choices=("text", "json"), default="text", help=tr("cli.check.format")
    )
    p.add_argument("--year", type=int, metavar="YYYY", help=tr("cli.check.year"))
    p.add_argument("--languagetool-url", metavar="URL", help=tr("cli.check.lt_url"))
    p.set_defaults(handler=cmd_check)


@dataclass
class Target:
    label: str  # as given on the command line
    text: str
    year: int | None
    release: Release | None = None


def read_text_file(path: Path) -> str:
    """The file decoded as UTF-8, as is: offsets count a BOM as one character."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HumasError(
            tr("cli.check.unreadable", path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HumasError(tr("cli.check.not_utf8", path=str(path), position=exc.start)) from exc
    return text


def _archive_if_present(args: argparse.Namespace, needed: bool) -> Archive | None:
    from humas_desktop.archive.paths import resolve_data_dir
    from humas_desktop.cli.common import open_archive

    if needed:
        return open_archive(args)
    folder = resolve_data_dir(getattr(args, "data_dir", None))
    if not (folder / "arsip.sqlite").exists():
        return None
    return open_archive(args)


def _targets(args: argparse.Namespace, archive: Archive | None) -> list[Target]:
    from humas_desktop.archive import NotFound

    found: list[Target] = []
    for raw in args.targets:
        path = Path(raw)
        if path.is_file():
            found.append(Target(raw, read_text_file(path), args.year))
            continue
        if archive is None or path.suffix.lower() in (".txt", ".md") or os.sep in raw:
            raise HumasError(tr("cli.check.not_found", target=raw))
        try:
            release = archive.get(raw)
        except NotFound as exc:
            raise HumasError(tr("cli.check.not_found", target=raw)) from exc
        year = args.year or (release.release_date.year if release.release_date else None)
        found.append(Target(raw, release.full_text(), year, release))
    return found


def _checker(args: argparse.Namespace, archive: Archive | None) -> Checker:
    from humas_desktop.checks.engine import Checker
    from humas_desktop.checks.languagetool import LanguageToolBackend
    from humas_desktop.checks.office_settings import languagetool_url, office_settings

    settings = office_settings(archive)
    lt_url = args.languagetool_url or os.environ.get(LT_URL_ENV, "")
    if archive is not None:
        lt_url = lt_url or languagetool_url(archive)
    backend = LanguageToolBackend(lt_url) if lt_url.strip() else None
    return Checker(glossary=settings["glossary"], user_words=settings["user_words"],
                   disabled=settings["disabled"], languagetool=backend)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset` (CRLF and CR count as one line break)."""
    line = 1
    line_start = 0
    i = 0
    while i < offset:
        ch = text[i]
        if ch == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n":
                i += 1
            line += 1
            line_start = i + 1
        elif ch == "\n":
            line += 1
            line_start = i + 1
        i += 1
    return line, offset - line_start + 1


def format_text(label: str, text: str, findings: list[Finding]) -> list[str]:
    """`file:line:col: severity category: message (suggestion)` per finding."""
    lines = []
    for f in findings:
        line, col = line_col(text, f.start)
        hint = f" ({', '.join(f.suggestions[:3])})" if f.suggestions else ""
        lines.append(f"{label}:{line}:{col}: {f.severity} {f.category}: {f.message}{hint}")
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    lang = current_language()
    needs_archive = any(not Path(t).is_file() for t in args.targets)
    archive = _archive_if_present(args, needs_archive)
    try:
        targets = _targets(args, archive)
        checker = _checker(args, archive)
    finally:
        if archive is not None:
            archive.close()
    results: dict[str, list[dict[str, Any]]] = {}
    out = sys.stdout
    for target in targets:
        if target.release is not None and args.year is None:
            findings = checker.check_release(target.release, lang=lang)
        else:
            findings = checker.check(target.text, year=target.year, lang=lang)
        for notice in checker.notices:
            print(tr("cli.check.notice", message=notice), file=sys.stderr)
        if args.format == "json":
            results[target.label] = [f.to_dict() for f in findings]
        else:
            for row in format_text(target.label, target.text, findings):
                print(row, file=out)
    if args.format == "json":
        payload: Any = next(iter(results.values())) if len(targets) == 1 else results
        json.dump(payload, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return 0
