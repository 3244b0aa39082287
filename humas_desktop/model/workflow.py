"""Release status workflow: draft → review → approved → published → archived."""

from __future__ import annotations

from enum import StrEnum

from humas_desktop.errors import HumasError
from humas_desktop.i18n import tr


class Status(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    APPROVED = "approved"
    PUBLISHED = "published"
    ARCHIVED = "archived"

    def label(self, lang: str | None = None) -> str:
        return tr(f"status.{self.value}", lang)


# Review may send a release back to draft; everything else only moves forward.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.REVIEW}),
    Status.REVIEW: frozenset({Status.APPROVED, Status.DRAFT}),
    Status.APPROVED: frozenset({Status.PUBLISHED}),
    Status.PUBLISHED: frozenset({Status.ARCHIVED}),
    Status.ARCHIVED: frozenset(),
}


class WorkflowError(HumasError, ValueError):
    """A status change the workflow does not allow."""


def parse_status(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise WorkflowError(
            tr("workflow.unknown_status", value=value, allowed=", ".join(s.value for s in Status))
        ) from None


def can_transition(current: Status, target: Status) -> bool:
    return target in TRANSITIONS[current]


def transition(current: Status, target: Status) -> Status:
    if not can_transition(current, target):
        raise WorkflowError(
            tr("workflow.not_allowed", current=current.label(), target=target.label())
        )
    return target
