"""The JSON interchange format (`resources/schemas/release-v1.schema.json`).

Import, export, `show --json` and sync all speak this one format, so it is validated against the
schema before anything is built from it and a bad file is rejected whole.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from humas_desktop.errors import HumasError
from humas_desktop.i18n import tr
from humas_desktop.model.release import Block, BlockKind, ContactPerson, Photo, Quote, Release, Run
from humas_desktop.model.workflow import Status
from humas_desktop.resources import resource_path

if TYPE_CHECKING:  # jsonschema costs ~40 ms to import; the GUI's start-up never validates
    import jsonschema

FORMAT = "humas-release/1"


class InterchangeError(HumasError, ValueError):
    """Input that is not a valid release; the message names the field."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    with resource_path("schemas", "release-v1.schema.json").open(encoding="utf-8") as fh:
        schema = json.load(fh)
    return jsonschema.Draft202012Validator(schema)


def to_dict(release: Release) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "id": release.id,
        "office": release.office,
        "title": release.title,
        "subtitle": release.subtitle,
        "dateline_city": release.dateline_city,
        "release_date": release.release_date.isoformat() if release.release_date else None,
        "number": release.number,
        "body": [
            {
                "kind": block.kind.value,
                "runs": [
                    {"text": run.text, "bold": run.bold, "italic": run.italic} for run in block.runs
                ],
            }
            for block in release.body
        ],
        "quotes": [{"speaker": q.speaker, "position": q.position, "text": q.text}
                   for q in release.quotes],
        "contacts": [{"name": c.name, "position": c.position, "phone": c.phone, "email": c.email}
                     for c in release.contacts],
        "about": release.about,
        "tags": list(release.tags),
        "category": release.category,
        "status": release.status.value,
        "photos": [{"sha256": p.sha256, "file_name": p.file_name, "caption": p.caption,
                    "credit": p.credit} for p in release.photos],
        "created_at": release.created_at.isoformat(),
        "updated_at": release.updated_at.isoformat(),
        "revision": release.revision,
        "deleted": release.deleted,
    }


def _field_path(error: jsonschema.ValidationError) -> str:
    path = ".".join(str(part) for part in error.absolute_path)
    if error.validator == "required" and isinstance(error.message, str):
        missing = error.message.split("'")[1] if "'" in error.message else ""
        path = f"{path}.{missing}" if path else missing
    if error.validator == "additionalProperties":
        extra = error.message.split("'")[1] if "'" in error.message else ""
        path = f"{path}.{extra}" if path else extra
    return path or "(root)"


def _timestamp(value: str, field: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        message = tr("interchange.bad_value", field=field, value=value)
        raise InterchangeError(message, field) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def from_dict(data: Any) -> Release:
    """Build a release from parsed JSON, or raise InterchangeError naming the bad field."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        field = _field_path(errors[0])
        raise InterchangeError(tr("interchange.invalid_field", field=field), field)
    release_date = None
    if data.get("release_date"):
        try:
            release_date = date.fromisoformat(data["release_date"])
        except ValueError:
            raise InterchangeError(
                tr("interchange.bad_value", field="release_date", value=data["release_date"]),
                "release_date",
            ) from None
    return Release(
        id=data["id"].lower(),
        office=data.get("office", ""),
        title=data["title"],
        subtitle=data.get("subtitle", ""),
        dateline_city=data.get("dateline_city", ""),
        release_date=release_date,
        number=data.get("number", ""),
        body=tuple(
            Block(
                runs=tuple(Run(r["text"], r.get("bold", False), r.get("italic", False))
                           for r in block["runs"]),
                kind=BlockKind(block.get("kind", "paragraph")),
            )
            for block in data.get("body", [])
        ),
        quotes=tuple(Quote(q["speaker"], q.get("position", ""), q["text"])
                     for q in data.get("quotes", [])),
        contacts=tuple(ContactPerson(c["name"], c.get("position", ""), c.get("phone", ""),
                                     c.get("email", "")) for c in data.get("contacts", [])),
        about=data.get("about", ""),
        tags=tuple(data.get("tags", [])),
        category=data.get("category", ""),
        status=Status(data["status"]),
        photos=tuple(Photo(p["sha256"], p["file_name"], p.get("caption", ""), p.get("credit", ""))
                     for p in data.get("photos", [])),
        created_at=_timestamp(data["created_at"], "created_at"),
        updated_at=_timestamp(data["updated_at"], "updated_at"),
        revision=data.get("revision", 0),
        deleted=data.get("deleted", False),
    )


def dumps(release: Release) -> str:
    return json.dumps(to_dict(release), ensure_ascii=False, indent=2)


def loads(text: str) -> Release:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            tr("interchange.bad_json", line=exc.lineno, column=exc.colno), "(json)"
        ) from None
    return from_dict(data)
