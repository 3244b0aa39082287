"""Writing commands: templates, new release from a template, the Kelengkapan checklist, and
recovery of text typed but not saved when the program or the PC died."""

from __future__ import annotations

import argparse
import json
from datetime import date

from humas_desktop.cli.common import open_archive
from humas_desktop.errors import HumasError
from humas_desktop.i18n import tr


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("templates", help=tr("cli.templates.help"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    p.set_defaults(handler=cmd_templates)

    p = subparsers.add_parser("new", help=tr("cli.new.help"))
    p.add_argument("--template", metavar="ID", default="kegiatan", help=tr("cli.new.template"))
    p.add_argument("--title", metavar="TEXT", default="", help=tr("cli.new.title"))
    p.add_argument("--number", metavar="N", type=int, help=tr("cli.new.number"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=tr("cli.new.date"))
    p.set_defaults(handler=cmd_new)

    p = subparsers.add_parser("kelengkapan", aliases=["completeness"],
                              help=tr("cli.kelengkapan.help"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    p.set_defaults(handler=cmd_kelengkapan)

    p = subparsers.add_parser("recover", help=tr("cli.recover.help"))
    action = p.add_mutually_exclusive_group()
    action.add_argument("--restore", action="store_true", help=tr("cli.recover.restore"))
    action.add_argument("--discard", action="store_true", help=tr("cli.recover.discard"))
    p.set_defaults(handler=cmd_recover)


def cmd_templates(args: argparse.Namespace) -> int:
    from humas_desktop.model.templates import load_templates

    templates = load_templates()
    if args.json:
        print(json.dumps([{"id": t.id, "name": t.label(), "description": t.summary(),
                           "required": list(t.required), "suggested_tags": list(t.suggested_tags)}
                          for t in templates], ensure_ascii=False, indent=2))
        return 0
    width = max(len(t.id) for t in templates)
    for template in templates:
        print(f"{template.id:<{width}}  {template.label()} — {template.summary()}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from humas_desktop.model.templates import get_template, load_templates

    template = get_template(args.template)
    if template is None:
        raise HumasError(tr("cli.new.unknown_template", template=args.template,
                            known=", ".join(t.id for t in load_templates())))
    try:
        when = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        raise HumasError(tr("cli.new.bad_date", value=args.date)) from None
    with open_archive(args) as archive:
        profile = archive.office_profile()
        running = args.number
        if running is None:
            running = archive.next_running_number(profile.number_pattern, when.year)
        release = template.new_release(profile, when, running)
        if args.title:
            release = release.edited(title=args.title.strip())
        stored = archive.save(release)
    print(stored.id)
    return 0


def cmd_kelengkapan(args: argparse.Namespace) -> int:
    """Exit status 0 when every item is fine, 1 when something is missing (for scripts)."""
    from humas_desktop.model.completeness import checklist

    with open_archive(args) as archive:
        release = archive.get(archive.find_id(args.id), include_deleted=True)
        items = checklist(release, archive.office_profile())
    if args.json:
        print(json.dumps([{"id": i.id, "ok": i.ok, "message": i.message, "target": i.target}
                          for i in items], ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(f"{'✓' if item.ok else '✗'} {item.message}")
        done = sum(1 for item in items if item.ok)
        print(tr("cli.kelengkapan.summary", done=done, total=len(items)))
    return 0 if all(item.ok for item in items) else 1


def cmd_recover(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from humas_desktop.archive import NotFound
    from humas_desktop.archive.journal import read_journal
    from humas_desktop.model.workflow import WorkflowError

    with open_archive(args) as archive:
        recoveries, damaged = read_journal(archive.data_dir)
        for entry in damaged:
            print(entry.message)
        pending = []
        for recovery in recoveries:
            try:
                stored = archive.get(recovery.release.id, include_deleted=True)
            except NotFound:
                stored = None
            if recovery.differs_from(stored):
                pending.append((recovery, stored))
            else:
                recovery.discard()  # the archive already holds exactly this text
        if not pending:
            print(tr("cli.recover.none"))
            return 0
        for recovery, _stored in pending:
            when = recovery.written_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            title = recovery.release.title or tr("cli.recover.untitled")
            print(f"{recovery.release.id}  {when}  {title}")
            if args.restore:
                release = recovery.release
                try:
                    archive.save(release)
                except WorkflowError:  # the status moved on since: keep the stored one
                    stored = archive.get(release.id, include_deleted=True)
                    archive.save(replace(release, status=stored.status))
                recovery.discard()
            elif args.discard:
                recovery.discard()
        if args.restore:
            print(tr("cli.recover.restored", plural=len(pending), n=len(pending)))
        elif args.discard:
            print(tr("cli.recover.discarded", plural=len(pending), n=len(pending)))
        else:
            print(tr("cli.recover.hint"))
    return 0
