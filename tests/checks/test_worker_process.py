"""The checker's child-process loop (humas_desktop.checks.worker_process), in a real child."""

import multiprocessing

import pytest

from humas_desktop.checks import worker_process
from humas_desktop.checks.finding import Finding

TEXT = "Kegiatan ini meningkatkan penyelengaraan acara warga desa."


@pytest.fixture(scope="module")
def child():
    context = multiprocessing.get_context("spawn")  # as on Windows
    parent_end, child_end = context.Pipe()
    process = context.Process(target=worker_process.serve, args=(child_end, None, "id"),
                              daemon=True)
    process.start()
    child_end.close()
    assert parent_end.poll(60)
    kind, table = parent_end.recv()
    assert kind == "ready" and table["opd"] == "Organisasi Perangkat Daerah"
    yield parent_end, process
    parent_end.send(("stop",))
    process.join(5)
    assert process.exitcode == 0


def ask(conn, message):
    conn.send(message)
    assert conn.poll(30)
    return conn.recv()


def test_findings_cross_the_pipe_and_ops_are_messages(child) -> None:
    conn, _ = child
    kind, found = ask(conn, ("check", TEXT, 2023, "body", "id"))
    assert kind == "ok" and all(isinstance(f, Finding) for f in found)
    assert any(TEXT[f.start:f.end] == "penyelengaraan" for f in found)
    assert ask(conn, ("add_user_words", ["penyelengaraan"])) == ("ok", None)
    _, found = ask(conn, ("check", TEXT, 2023, "body", "id"))
    assert not any(TEXT[f.start:f.end] == "penyelengaraan" for f in found)
    # a reload builds the checker anew from the settings it is sent
    assert ask(conn, ("reload", {"user_words": [], "disabled": ["spelling.typo"]})) == ("ok", None)
    _, found = ask(conn, ("check", TEXT, 2023, "body", "id"))
    assert not any(f.rule == "spelling.typo" for f in found)


def test_a_bad_request_is_answered_and_the_child_goes_on(child) -> None:
    conn, process = child
    kind, message = ask(conn, ("no_such_op",))
    assert kind == "error" and "no_such_op" in message
    assert ask(conn, ("check", "Rapat digelar.", None, "body", "id"))[0] == "ok"
    assert process.is_alive()
