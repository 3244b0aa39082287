"""The release domain: pure Python, no Qt, no SQLAlchemy."""

from humas_desktop.model.release import (
    Block,
    ContactPerson,
    Photo,
    Quote,
    Release,
    Run,
    new_release,
)
from humas_desktop.model.workflow import Status, WorkflowError, can_transition, transition

__all__ = [
    "Block",
    "ContactPerson",
    "Photo",
    "Quote",
    "Release",
    "Run",
    "Status",
    "WorkflowError",
    "can_transition",
    "new_release",
    "transition",
]
