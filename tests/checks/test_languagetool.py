"""The LanguageTool adapter against a real HTTP server on 127.0.0.1 that answers LanguageTool's
documented /v2/languages and /v2/check JSON (and, when LT_SERVER_URL is set, a real server)."""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs

import pytest

from humas_desktop.checks.engine import Checker
from humas_desktop.checks.languagetool import (
    LanguageToolBackend,
    LanguageToolUnavailable,
    looks_english,
)
from humas_desktop.checks.tokens import tokenize

ENGLISH = "This are a short note about the programme for our partners 😀 in Makassar."


def _match(text: str, word: str, replacement: str, category: str, issue: str) -> dict:
    # offsets in UTF-16 code units, as LanguageTool (Java) counts them
    start = len(text[: text.index(word)].encode("utf-16-le")) // 2
    return {
        "message": f"Possible problem with '{word}'",
        "shortMessage": "",
        "replacements": [{"value": replacement}],
        "offset": start,
        "length": len(word),
        "context": {"text": text, "offset": start, "length": len(word)},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {
            "id": f"RULE_{category}",
            "description": "test rule",
            "issueType": issue,
            "category": {"id": category, "name": category.title()},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


class _Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, list[str]]]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _reply(self, payload: object) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._reply([
                {"name": "English (US)", "code": "en", "longCode": "en-US"},
                {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
            ])
        else:
            self.send_error(404)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = parse_qs(self.rfile.read(length).decode())
        type(self).requests.append(form)
        text = form["text"][0]
        matches = []
        if "are" in text.split():
            matches.append(_match(text, "are", "is", "GRAMMAR", "grammar"))
        if "Makassar" in text:
            matches.append(_match(text, "Makassar", "Macassar", "TYPOS", "misspelling"))
        self._reply({
            "software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1},
            "language": {"name": "English (US)", "code": "en-US"},
            "matches": matches,
        })


@pytest.fixture
def lt_server() -> Iterator[str]:
    _Handler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_findings_from_the_documented_response(lt_server: str) -> None:
    backend = LanguageToolBackend(lt_server)
    findings = backend.check(ENGLISH, lang="en")
    got = [(ENGLISH[f.start : f.end], f.category, f.severity, f.suggestions) for f in findings]
    assert got == [
        ("are", "style", "warning", ("is",)),
        ("Makassar", "typo", "error", ("Macassar",)),  # offset right after an emoji
    ]
    assert findings[0].rule == "languagetool.RULE_GRAMMAR"
    assert findings[0].message.startswith("LanguageTool: ")
    assert _Handler.requests[-1]["language"] == ["en-US"]


def test_only_english_paragraphs_go_to_the_server(lt_server: str) -> None:
    checker = Checker(languagetool=LanguageToolBackend(lt_server))
    text = "Rapat koordinasi digelar di Makassar hari ini.\n" + ENGLISH
    findings = checker.check(text)
    assert len(_Handler.requests) == 1
    assert _Handler.requests[0]["text"] == [ENGLISH]
    lt = [f for f in findings if f.rule.startswith("languagetool.")]
    assert [text[f.start : f.end] for f in lt] == ["are", "Makassar"]
    assert checker.notices == []


def test_no_server_configured_means_no_network_and_no_findings() -> None:
    checker = Checker()
    assert checker.languagetool is None
    assert not [f for f in checker.check(ENGLISH) if f.rule.startswith("languagetool.")]


def test_unreachable_server_gives_a_notice_and_the_other_checks_still_run() -> None:
    backend = LanguageToolBackend(f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(LanguageToolUnavailable):
        backend.check(ENGLISH)
    checker = Checker(languagetool=backend)
    text = "Rapat denga humas.\n" + ENGLISH
    findings = checker.check(text, lang="id")
    assert [text[f.start : f.end] for f in findings if f.category == "typo"] == ["denga"]
    assert len(checker.notices) == 1 and "LanguageTool" in checker.notices[0]
    # not cached as checked: the next run tries again and says so again
    checker.check(text, lang="en")
    assert "cannot be reached" in checker.notices[0]


def test_english_detection() -> None:
    assert looks_english(tokenize(ENGLISH))
    assert not looks_english(tokenize("Rapat koordinasi kehumasan digelar di Makassar."))
    assert not looks_english(tokenize("Humas harus paham regulasi, kata dia on the record."))


@pytest.mark.skipif(not os.environ.get("LT_SERVER_URL"), reason="LT_SERVER_URL not set")
def test_real_languagetool_server() -> None:
    backend = LanguageToolBackend(os.environ["LT_SERVER_URL"])
    text = "This are a example of the text with a eror."
    findings = backend.check(text, lang="en")
    assert findings
    assert any(text[f.start : f.end] == "eror" for f in findings)
    backend.close()
