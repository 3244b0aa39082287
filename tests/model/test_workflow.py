import pytest

from humas_desktop.i18n import set_language
from humas_desktop.model import Status, WorkflowError, can_transition, new_release
from humas_desktop.model.workflow import parse_status


def test_forward_path() -> None:
    release = new_release(title="Rakor")
    for target in (Status.REVIEW, Status.APPROVED, Status.PUBLISHED, Status.ARCHIVED):
        release = release.with_status(target)
    assert release.status is Status.ARCHIVED


def test_review_back_to_draft() -> None:
    release = new_release().with_status(Status.REVIEW).with_status(Status.DRAFT)
    assert release.status is Status.DRAFT


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.DRAFT, Status.PUBLISHED),
        (Status.DRAFT, Status.APPROVED),
        (Status.APPROVED, Status.DRAFT),
        (Status.PUBLISHED, Status.DRAFT),
        (Status.ARCHIVED, Status.DRAFT),
        (Status.DRAFT, Status.DRAFT),
    ],
)
def test_forbidden_transitions(current: Status, target: Status) -> None:
    assert not can_transition(current, target)


def test_forbidden_transition_message_in_indonesian() -> None:
    set_language("id")
    with pytest.raises(WorkflowError, match="Draf ke Terbit"):
        new_release().with_status(Status.PUBLISHED)


def test_message_in_english() -> None:
    set_language("en")
    try:
        with pytest.raises(WorkflowError, match="Unknown status: done"):
            parse_status("done")
    finally:
        set_language("id")
