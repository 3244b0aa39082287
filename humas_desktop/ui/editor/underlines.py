"""The checker's wavy underlines in the editor's text fields, computed off the GUI thread.

One `CheckService` per editor owns the Checker (humas_desktop.checks.engine) on a single worker
thread: the highlighters ask for the findings of a paragraph; a cached answer is drawn at once,
otherwise the paragraph is queued (newest first, stale requests dropped) and the block is
repainted when the answer arrives. While an edited paragraph waits, the old underlines whose
text is unchanged stay, so they do not flicker while typing.

Colours: red for spelling (typo, non-standard word, di/ke, compounds), blue for punctuation,
capitals and style, a grey dotted line for advice (foreign words, readability, structure).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from humas_desktop.checks.office_settings import (
    DISABLED_RULES_KEY,
    disabled_rules,
    office_settings,
)

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

RESULT_CACHE = 4096
# The worker waits for this long a pause in typing before it checks: half-typed words are not
# worth checking, and each answer costs the GUI thread a redraw while keys arrive (in-thread
# mode, used by tests with an injected checker, would also compete for the interpreter lock).
IDLE_BEFORE_CHECK = 0.25
SPELLING = frozenset({"typo", "nonstandard", "di_ke", "compound"})
STYLE = frozenset({"punct", "capital", "style"})
RED = QColor("#d32f2f")
BLUE = QColor("#1e6fd9")
GREY = QColor("#8a8a8a")

Key = tuple[str, int | None, str]  # paragraph, release year, field (`body`, `quotes`…)


def underline_format(category: str, severity: str = "warning") -> QTextCharFormat:
    fmt = QTextCharFormat()
    if category in SPELLING and severity != "info":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(RED)
    elif category in STYLE and severity != "info":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(BLUE)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(GREY)
    return fmt


class _ChildDied(Exception):
    """The checker process ended (killed, crashed) or stopped answering."""


class _Stopped(Exception):
    """The service is shutting down while the worker waited."""


class _CheckerUnavailable(Exception):
    """The checker cannot be loaded: the editor goes on without underlines."""


class _LocalChecker:
    """The checker in the worker thread of this process: used when a factory is injected
    (tests share one loaded Checker between editors; a lambda cannot cross to a process)."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory
        self.checker: Any = None
        self.abbreviations: dict[str, str] = {}

    def start(self, settings: dict[str, list[str]], lang: str | None) -> None:
        try:
            self.checker = self.factory()
        except Exception as exc:
            raise _CheckerUnavailable(str(exc)) from exc

    def request(self, message: tuple[Any, ...]) -> tuple[Any, ...]:
        from humas_desktop.checks.worker_process import apply_op

        if message[0] == "check":
            _, text, year, field, _lang = message
            return "ok", tuple(self.checker.check_paragraph(text, year=year, field=field))
        if message[0] == "reload":  # the injected factory decides what a fresh checker is
            self.checker = self.factory()
        else:
            self.checker = apply_op(self.checker, message)
        return "ok", None

    def close(self, timeout: float = 1.0) -> None:
        pass

    def kill(self) -> None:
        pass


class _ChildChecker:
    """The checker in a child process (humas_desktop.checks.worker_process), so its pure-Python
    work never holds this process's GIL while Qt paints and handles keys. Driven from the
    service's worker thread only: sending and waiting on the pipe release the GIL."""

    POLL = 0.1  # seconds between looks at "stopped?" and "child still alive?" while waiting
    START_TIMEOUT = 60.0  # a slow disk on a first start; a check itself has no time limit

    def __init__(self, stopped: Callable[[], bool]) -> None:
        self._stopped = stopped
        self._process: Any = None
        self._conn: Any = None
        self.abbreviations: dict[str, str] = {}

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    def start(self, settings: dict[str, list[str]], lang: str | None) -> None:
        import multiprocessing

        from humas_desktop.checks import worker_process

        # spawn: a fresh interpreter that imports only the checker (Windows knows no fork).
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        process = context.Process(target=worker_process.serve, name="humas-checker",
                                  args=(child_end, settings, lang), daemon=True)
        try:
            process.start()
        except Exception as exc:  # no process could be started at all
            parent_end.close()
            raise _CheckerUnavailable(str(exc)) from exc
        finally:
            child_end.close()
        self._process, self._conn = process, parent_end
        reply = self._receive(self.START_TIMEOUT)
        if reply[0] == "failed":  # loading the dictionaries failed: it would fail again
            self.close(0.5)
            raise _CheckerUnavailable(str(reply[1]))
        if reply[0] != "ready":
            raise _ChildDied(f"unexpected first answer {reply[0]!r}")
        self.abbreviations = dict(reply[1])

    def request(self, message: tuple[Any, ...]) -> tuple[Any, ...]:
        conn = self._conn
        if conn is None:
            raise _ChildDied("no checker process")
        try:
            conn.send(message)
        except (OSError, ValueError) as exc:
            raise _ChildDied(str(exc)) from exc
        return self._receive(None)

    def _receive(self, timeout: float | None) -> tuple[Any, ...]:
        conn, process = self._conn, self._process
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if self._stopped():
                raise _Stopped
            try:
                if conn.poll(self.POLL):
                    reply = conn.recv()
                    return reply if isinstance(reply, tuple) and reply else ("error", reply)
            except (EOFError, OSError, ValueError) as exc:
                if self._stopped():
                    raise _Stopped from exc
                raise _ChildDied(str(exc)) from exc
            if not process.is_alive():
                raise _ChildDied(f"checker process exited with {process.exitcode}")
            if deadline is not None and time.monotonic() > deadline:
                raise _ChildDied("checker process did not start in time")

    def close(self, timeout: float = 1.0) -> None:
        """Ask the child to end, then make sure it did (join with a timeout, terminate, kill):
        no process is left behind. Worker thread only (it owns the pipe)."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(("stop",))
            with contextlib.suppress(OSError):
                conn.close()
        if process is not None:
            _end_process(process, timeout)

    def kill(self) -> None:
        """Shutting down and the worker thread is stuck: end the child from any thread."""
        process = self._process
        if process is not None:
            _end_process(process, 0.0)


def _end_process(process: Any, timeout: float) -> None:
    with contextlib.suppress(Exception):
        process.join(timeout)
        if process.is_alive():
            process.terminate()
            process.join(1.0)
        if process.is_alive():
            process.kill()
            process.join(1.0)


class CheckService(QObject):
    """Runs the checker off the GUI thread; results come back as a Qt signal.

    By default the checker runs in a child process (humas_desktop.checks.worker_process), which
    one background thread of this process feeds and waits for: the checker's CPU work never
    competes with Qt for the interpreter lock, so typing does not stall while paragraphs are
    checked. With `checker_factory` (tests) the checker it makes runs in that thread instead.
    """

    ready = Signal(str, object)  # paragraph text, year: its findings are now cached
    reset = Signal()  # user words / rules changed: everything must be drawn again

    RESTARTS = 1  # a checker process that dies is started again this often, then: no underlines

    def __init__(self, archive: Any = None, parent: QObject | None = None,
                 checker_factory: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self._backend: _LocalChecker | _ChildChecker = (
            _LocalChecker(checker_factory) if checker_factory is not None
            else _ChildChecker(lambda: self._stopped))
        self._results: OrderedDict[Key, tuple[Any, ...]] = OrderedDict()
        self._queue: OrderedDict[Key, None] = OrderedDict()
        self._ops: list[tuple[Any, ...]] = []  # picklable op messages, see worker_process
        self._cond = threading.Condition()
        self._busy = False
        self._stopped = False
        self._restarts = 0
        self._session_words: list[str] = []  # added without an archive: kept over a restart
        self.failed = False
        # >0 while underlines are redrawn: the document reports a change that is no edit.
        self.repainting = 0
        self.last_input = 0.0  # time.monotonic() of the last edit the highlighters saw
        self.ignored: set[tuple[str, str]] = set()  # (rule, text) ignored in this session
        self.disabled: set[str] = set()
        if archive is not None:
            try:
                self.disabled = set(disabled_rules(archive))
            except Exception:  # a settings problem must not stop the editor
                log.exception("reading disabled rules failed")
        # Started on the first request: loading the dictionaries must not slow the start-up.
        self._thread: threading.Thread | None = None

    @property
    def _checker(self) -> Any:
        """The loaded Checker when it runs in this process (injected factory), else None."""
        return getattr(self._backend, "checker", None)

    @property
    def in_child_process(self) -> bool:
        return isinstance(self._backend, _ChildChecker)

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="humas-checker", daemon=True)
            self._thread.start()

    # -- asking ----------------------------------------------------------------------------
    def findings(self, text: str, year: int | None, field: str = "body"
                 ) -> tuple[Any, ...] | None:
        """Cached findings of a paragraph, or None after queuing it for the worker. The field
        matters: a quote's text, for one, ends with a comma, not a full stop."""
        key = (text, year, field)
        with self._cond:
            found = self._results.get(key)
            if found is not None:
                self._results.move_to_end(key)
                return found
            if self.failed or self._stopped:
                return ()
            self._queue[key] = None
            self._queue.move_to_end(key, last=False)  # the paragraph being typed goes first
            self._start()
            self._cond.notify_all()
        return None

    def expansion(self, word: str) -> str | None:
        """What an official abbreviation stands for (OPD → Organisasi Perangkat Daerah).

        A dictionary lookup in this process (the child sends its table when it starts), so the
        GUI thread may ask without waiting; None until the checker has loaded.
        """
        word = word.strip()
        if not word:
            return None
        checker = self._checker
        if checker is not None:
            if not hasattr(checker, "expansion"):
                return None
            try:
                found = checker.expansion(word)
            except Exception:
                return None
            return found if isinstance(found, str) and found else None
        return self._backend.abbreviations.get(word.lower()) or None

    def visible(self, finding: Any, text: str) -> bool:
        if finding.rule in self.disabled:
            return False
        return (finding.rule, text[finding.start:finding.end]) not in self.ignored

    def wait_idle(self, timeout: float = 5.0) -> bool:
        with self._cond:
            return self._cond.wait_for(
                lambda: (not self._queue and not self._ops and not self._busy) or self.failed,
                timeout)

    # -- changing what counts as an error -----------------------------------------------------
    def ignore(self, rule: str, text: str) -> None:
        self.ignored.add((rule, text))
        self.reset.emit()

    def disable_rule(self, rule: str) -> None:
        self.disabled.add(rule)
        if self.archive is not None:
            stored = set(disabled_rules(self.archive))
            self.archive.set_setting(DISABLED_RULES_KEY, sorted(stored | {rule}))
        self.reset.emit()

    def add_user_word(self, word: str) -> None:
        if self.archive is not None:
            self.archive.add_user_word(word)
        else:
            self._session_words.append(word)
        with self._cond:
            self._ops.append(("add_user_words", [word]))
            self._results.clear()
            self._start()
            self._cond.notify_all()
        self.wait_idle(2.0)  # adding a word is a click; the redraw should already know it
        self.reset.emit()

    def add_glossary_term(self, term: str) -> None:
        """A name the checker did not know goes into the office glossary (kind and note can be
        set later in Settings › Glosarium dan kamus); without an archive, into this session."""
        if self.archive is None:
            self.add_user_word(term)
            return
        from humas_desktop.model.office import GlossaryEntry

        self.archive.add_glossary_entry(GlossaryEntry(term.strip()))
        self.reload()

    def reload(self) -> None:
        """Settings changed (rules switched off, dictionary, glossary): load the checker anew."""
        if self.archive is not None:
            with contextlib.suppress(Exception):
                self.disabled = set(disabled_rules(self.archive))
        with self._cond:
            if self._thread is not None and not self.failed:
                self._ops.append(("reload",))  # the worker reads the settings when it gets there
            self._results.clear()
            self._cond.notify_all()
        self.wait_idle(5.0)
        self.reset.emit()

    def stop(self, timeout: float = 2.0) -> None:
        with self._cond:
            self._stopped = True
            self._queue.clear()
            self._cond.notify_all()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():  # stuck: at least the checker process must not outlive us
                self._backend.kill()

    # -- worker ------------------------------------------------------------------------------
    def touched(self) -> None:
        """An edit happened: the worker holds off until typing pauses."""
        self.last_input = time.monotonic()

    def _wait_for_pause(self) -> None:
        with self._cond:
            while not self._stopped:
                remaining = self.last_input + IDLE_BEFORE_CHECK - time.monotonic()
                if remaining <= 0:
                    return
                self._cond.wait(remaining)

    def _settings(self) -> dict[str, list[str]]:
        settings = office_settings(self.archive)
        settings["user_words"] = [*settings["user_words"], *self._session_words]
        return settings

    def _start_backend(self) -> None:
        from humas_desktop.i18n import current_language

        self._backend.start(self._settings(), current_language())

    def _fail(self) -> None:
        with self._cond:
            self.failed = True
            self._queue.clear()
            self._ops.clear()
            self._cond.notify_all()

    def _call(self, message: tuple[Any, ...]) -> tuple[Any, ...]:
        """One request to the checker; a checker process that died is started again (once)."""
        if message[0] == "reload" and self.in_child_process:
            message = ("reload", self._settings())
        while True:
            try:
                return self._backend.request(message)
            except _ChildDied as exc:
                if self._stopped:
                    raise _Stopped from exc
                self._backend.close(0.2)
                if self._restarts >= self.RESTARTS:
                    raise _CheckerUnavailable(f"the checker process ended again: {exc}") from exc
                self._restarts += 1
                log.warning("the checker process ended (%s); starting it again", exc)
                self._start_backend()  # with the archive's words, so the op is not lost

    def _run(self) -> None:
        try:
            if not self.in_child_process:  # loading here takes the GIL: wait for a pause
                self._wait_for_pause()
            self._start_backend()
            self._serve()
        except _Stopped:
            pass
        except (_CheckerUnavailable, _ChildDied):  # the editor works without underlines
            log.exception("the checker could not be loaded; no underlines")
            self._fail()
        except Exception:
            log.exception("the checker failed; no underlines")
            self._fail()
        finally:
            self._backend.close()
            with self._cond:
                self._busy = False
                self._cond.notify_all()

    def _serve(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._queue or self._ops or self._stopped)
                if self._stopped:
                    return
                remaining = self.last_input + IDLE_BEFORE_CHECK - time.monotonic()
                if remaining > 0 and not self._ops:
                    self._cond.wait(remaining)
                    continue
                op = self._ops.pop(0) if self._ops else None
                key = None
                if op is None:
                    key, _ = self._queue.popitem(last=False)
                self._busy = True
            try:
                if op is not None:
                    reply = self._call(op)
                    if reply[0] != "ok":
                        log.error("checker op %s failed: %s", op[0], reply[1])
                elif key is not None:
                    from humas_desktop.i18n import current_language

                    text, year, field = key
                    reply = self._call(("check", text, year, field, current_language()))
                    if reply[0] != "ok":
                        log.error("checking a paragraph failed: %s", reply[1])
                        continue
                    with self._cond:
                        self._results[key] = tuple(reply[1])
                        if len(self._results) > RESULT_CACHE:
                            self._results.popitem(last=False)
                    self.ready.emit(text, year)
            except _Stopped:
                raise
            except (_CheckerUnavailable, _ChildDied):
                self._fail()  # before `busy` clears, so wait_idle() sees the failure
                raise
            except Exception:
                log.exception("checking a paragraph failed")
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()


def _block_text(text: str) -> str:
    return text.replace("\u2028", "\n")


def _carried_over(findings: list[Any], old: str, new: str) -> Iterable[Any]:
    """Old findings outside the edited stretch, moved to where their text now is."""
    if not findings or not old:
        return
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    delta = len(new) - len(old)
    for finding in findings:
        if finding.end <= prefix:
            yield finding
        elif finding.start >= len(old) - suffix:
            yield finding.shifted(delta)


class CheckHighlighter(QSyntaxHighlighter):
    """Draws the findings of each paragraph of one document."""

    def __init__(self, document: QTextDocument, service: CheckService,
                 field: str = "body") -> None:
        super().__init__(document)
        self.service = service
        self.field = field
        self.year: int | None = None
        self._shown: dict[int, tuple[str, list[Any]]] = {}  # block number -> (text, findings)
        service.ready.connect(self._ready)
        service.reset.connect(self.redraw)

    def redraw(self) -> None:
        self.service.repainting += 1
        try:
            self.rehighlight()
        finally:
            self.service.repainting -= 1

    def set_year(self, year: int | None) -> None:
        if year != self.year:
            self.year = year
            self.redraw()

    def highlightBlock(self, text: str) -> None:
        text = _block_text(text)
        number = self.currentBlock().blockNumber()
        if not text.strip():
            self._shown.pop(number, None)
            return
        found = self.service.findings(text, self.year, self.field)
        if found is None:  # waiting: keep the old underlines whose words did not change
            old_text, old = self._shown.get(number, ("", []))
            found = tuple(_carried_over(old, old_text, text))
        shown = [f for f in found if self.service.visible(f, text)]
        self._shown[number] = (text, shown)
        for finding in shown:
            self.setFormat(finding.start, finding.end - finding.start,
                           underline_format(finding.category, finding.severity))

    def _ready(self, text: str, year: object) -> None:
        if year != self.year:
            return
        doc = self.document()
        if doc is None:
            return
        block = doc.begin()
        self.service.repainting += 1
        try:
            while block.isValid():
                if _block_text(block.text()) == text:
                    self.rehighlightBlock(block)
                block = block.next()
        finally:
            self.service.repainting -= 1

    def finding_at(self, block_number: int, offset: int) -> tuple[str, Any] | None:
        text, shown = self._shown.get(block_number, ("", []))
        for finding in shown:
            if finding.start <= offset < finding.end or (finding.start == finding.end == offset):
                return text, finding
        return None

    def all_findings(self) -> Iterable[tuple[int, Any]]:
        """(absolute position, finding) of everything drawn, in document order."""
        doc = self.document()
        block = doc.begin()
        while block.isValid():
            text, shown = self._shown.get(block.blockNumber(), ("", []))
            if text == _block_text(block.text()):
                for finding in shown:
                    yield block.position() + finding.start, finding
            block = block.next()


def indonesian_context_menu(edit: QWidget, parent: QWidget | None = None) -> QMenu:
    """Undo/Cut/Copy/Paste in our language (Qt ships no Indonesian for its own menu)."""
    menu = QMenu(parent or edit)
    read_only = getattr(edit, "isReadOnly", lambda: False)()
    has_selection = False
    if isinstance(edit, (QTextEdit, QPlainTextEdit)):
        has_selection = edit.textCursor().hasSelection()
        can_undo = edit.document().isUndoAvailable()
        can_redo = edit.document().isRedoAvailable()
    else:  # QLineEdit
        has_selection = edit.hasSelectedText()  # type: ignore[attr-defined]
        can_undo = edit.isUndoAvailable()  # type: ignore[attr-defined]
        can_redo = edit.isRedoAvailable()  # type: ignore[attr-defined]
    entries = [
        (translate("TextMenu", "&Urungkan"), "undo", can_undo and not read_only),
        (translate("TextMenu", "Ula&ngi"), "redo", can_redo and not read_only),
        None,
        (translate("TextMenu", "&Potong"), "cut", has_selection and not read_only),
        (translate("TextMenu", "&Salin"), "copy", has_selection),
        (translate("TextMenu", "&Tempel"), "paste", not read_only),
        (translate("TextMenu", "&Hapus"), "_delete", has_selection and not read_only),
        None,
        (translate("TextMenu", "Pilih &semua"), "selectAll", True),
    ]
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        label, method, enabled = entry
        action = menu.addAction(label)
        action.setEnabled(bool(enabled))
        if method == "_delete":
            action.triggered.connect(lambda _=False: _delete_selection(edit))
        else:
            action.triggered.connect(getattr(edit, method))
    return menu


def _delete_selection(edit: QWidget) -> None:
    if isinstance(edit, (QTextEdit, QPlainTextEdit)):
        edit.textCursor().removeSelectedText()
    else:
        edit.del_()  # type: ignore[attr-defined]


class UnderlineController(QObject):
    """Tooltips and the right-click menu (suggestions, ignore, dictionary) of one text field."""

    def __init__(self, edit: QTextEdit | QPlainTextEdit, highlighter: CheckHighlighter) -> None:
        super().__init__(edit)
        self.edit = edit
        self.highlighter = highlighter
        edit.viewport().installEventFilter(self)

    def _at(self, pos: QPoint) -> tuple[QTextCursor, str, Any] | None:
        cursor = self.edit.cursorForPosition(pos)
        block = cursor.block()
        hit = self.highlighter.finding_at(block.blockNumber(), cursor.positionInBlock())
        if hit is None:
            return None
        text, finding = hit
        return cursor, text, finding

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self._at(event.pos())  # type: ignore[attr-defined]
            if hit is not None:
                _, _, finding = hit
                tip = finding.message
                if finding.suggestions:
                    tip += "\n" + translate("Underlines", "Saran: {s}").format(
                        s=", ".join(finding.suggestions[:3]))
                QToolTip.showText(event.globalPos(), tip, self.edit)  # type: ignore[attr-defined]
                return True
            cursor = self.edit.cursorForPosition(event.pos())  # type: ignore[attr-defined]
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            word = cursor.selectedText()
            meaning = self.highlighter.service.expansion(word)
            if meaning:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  f"{word}: {meaning}", self.edit)
                return True
            QToolTip.hideText()
            return False
        if event.type() == QEvent.Type.ContextMenu:
            self.show_menu(event.pos(), event.globalPos())  # type: ignore[attr-defined]
            return True
        return False

    def build_menu(self, pos: QPoint) -> QMenu:
        menu = QMenu(self.edit)
        hit = self._at(pos)
        if hit is not None:
            cursor, text, finding = hit
            block = cursor.block()
            start = block.position() + finding.start
            end = block.position() + finding.end
            add_finding_actions(menu, finding, text[finding.start:finding.end],
                                lambda s: self.replace(start, end, s),
                                self.highlighter.service)
            menu.addSeparator()
        standard = indonesian_context_menu(self.edit, menu)
        for action in standard.actions():
            menu.addAction(action)
        return menu

    def show_menu(self, pos: QPoint, global_pos: QPoint) -> None:
        self.build_menu(pos).exec(global_pos)

    def replace(self, start: int, end: int, text: str) -> None:
        replace_range(self.edit, start, end, text)


def add_finding_actions(menu: QMenu, finding: Any, word: str, replace: Callable[[str], None],
                        service: CheckService) -> None:
    """The suggestions, Abaikan, Abaikan aturan ini and Tambahkan ke kamus for one finding.

    Shared by the right-click menu in the text and the findings panel, so both do the same.
    """
    for suggestion in finding.suggestions[:5]:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _=False, s=suggestion: replace(s))
        menu.addAction(action)
    if not finding.suggestions:
        info = menu.addAction(translate("Underlines", "(tidak ada saran)"))
        info.setEnabled(False)
    menu.addSeparator()
    ignore = menu.addAction(translate("Underlines", "Abaikan"))
    ignore.triggered.connect(lambda _=False: service.ignore(finding.rule, word))
    rule = menu.addAction(translate("Underlines", "Abaikan aturan ini"))
    rule.setToolTip(finding.rule)
    rule.triggered.connect(lambda _=False: service.disable_rule(finding.rule))
    if finding.category == "typo" or finding.rule.startswith("spelling."):
        add = menu.addAction(translate("Underlines", "Tambahkan ke kamus"))
        add.triggered.connect(lambda _=False: service.add_user_word(word))
    if finding.rule == "spelling.unknown_name":
        glossary = menu.addAction(translate("Underlines", "Tambahkan ke glosarium kantor"))
        glossary.setToolTip(translate("Underlines", "Nama orang, tempat, atau instansi yang "
                                                    "dipakai kantor ini"))
        glossary.triggered.connect(lambda _=False: service.add_glossary_term(word))


def replace_range(edit: QTextEdit | QPlainTextEdit, start: int, end: int, text: str) -> None:
    """Write `text` over characters start..end of `edit` as one undoable edit."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    edit.setTextCursor(cursor)


def replace_ranges(edit: QTextEdit | QPlainTextEdit,
                   changes: Iterable[tuple[int, int, str]]) -> int:
    """Write several non-overlapping replacements into `edit` as ONE undoable edit (Ctrl+Z
    takes them all back); they are applied from the end so earlier offsets stay right."""
    ordered = sorted(changes, key=lambda c: c[0], reverse=True)
    if not ordered:
        return 0
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    try:
        for start, end, text in ordered:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
    finally:
        cursor.endEditBlock()
    return len(ordered)


class Underlines(QObject):
    """Attaches highlighters and menus to the editor's text fields."""

    def __init__(self, edits: dict[str, QTextEdit | QPlainTextEdit], service: CheckService,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.highlighters: dict[str, CheckHighlighter] = {}
        self.controllers: list[UnderlineController] = []
        self.year: int | None = None
        for field, edit in edits.items():
            self.highlighters[field] = self.attach(edit, field)

    def attach(self, edit: QTextEdit | QPlainTextEdit, field: str) -> CheckHighlighter:
        """Underline one more field (quote texts and captions come and go with their rows)."""
        highlighter = CheckHighlighter(edit.document(), self.service, field)
        highlighter.year = self.year
        self.controllers.append(UnderlineController(edit, highlighter))
        edit.destroyed.connect(lambda *_: self._forget(highlighter))
        return highlighter

    def _forget(self, highlighter: CheckHighlighter) -> None:
        self.controllers = [c for c in self.controllers if c.highlighter is not highlighter]

    def set_year(self, year: int | None) -> None:
        self.year = year
        for controller in self.controllers:
            controller.highlighter.set_year(year)

    def detach(self) -> None:
        for highlighter in self.highlighters.values():
            highlighter.setDocument(None)
        self.service.stop()


def use_indonesian_menu(widget: QWidget) -> None:
    """Give a QLineEdit or plain text field our translated right-click menu."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        origin = widget.viewport() if hasattr(widget, "viewport") else widget
        indonesian_context_menu(widget).exec(origin.mapToGlobal(pos))

    widget.customContextMenuRequested.connect(show)
