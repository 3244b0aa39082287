"""The text fields of the editor: rich body/lead editors and one-line title fields.

All of them are QTextEdit/QPlainTextEdit so that the checker can attach a QSyntaxHighlighter to
`document()` for its underlines, they grow with their text (the whole release scrolls as one
page, no scroll bars inside scroll bars), and pasting goes through the Qt-free sanitiser in
`humas_desktop.model.paste`: only paragraphs, bullets, bold and italic survive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QTextEdit, QWidget

from humas_desktop.model.paste import blocks_from_html, blocks_from_text, flatten
from humas_desktop.model.release import Block
from humas_desktop.ui.editor.document import LINE_SEPARATOR, bullet_format, insert_blocks
from humas_desktop.ui.editor.underlines import indonesian_context_menu

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff"})


def image_files(source: QMimeData) -> list[Path]:
    """Local image files in a drop or paste (from Explorer or a file manager)."""
    if not source.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in PHOTO_SUFFIXES]


def sanitised_blocks(source: QMimeData) -> list[Block]:
    if source.hasHtml():
        blocks = blocks_from_html(source.html())
        if blocks or not source.hasText():
            return blocks
    if source.hasText():
        return blocks_from_text(source.text())
    return []


class _AutoHeight:
    """Keeps a text widget exactly as tall as its text; right-click menu in our language."""

    min_lines = 1

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        indonesian_context_menu(self).exec(event.globalPos())  # type: ignore[arg-type]

    def _setup_auto_height(self, min_lines: int) -> None:
        self.min_lines = min_lines
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda *_: self._fit_height())
        self._fit_height()

    def _fit_height(self) -> None:
        doc = self.document()
        line = self.fontMetrics().lineSpacing()
        if isinstance(self, QPlainTextEdit):
            lines = max(int(doc.documentLayout().documentSize().height()), 1)
            content = lines * line + 2 * doc.documentMargin()
        else:
            content = doc.documentLayout().documentSize().height()
        frame = 2 * self.frameWidth() + self.contentsMargins().top() \
            + self.contentsMargins().bottom()
        wanted = int(max(content, self.min_lines * line + 2 * doc.documentMargin())) + frame + 2
        if self.height() != wanted:
            self.setFixedHeight(wanted)
            self.updateGeometry()


class RichTextEdit(QTextEdit, _AutoHeight):
    """Body and lead editor: bold, italic, bullets; sanitised paste.

    In `single_paragraph` mode (the lead) Enter moves on instead of starting a paragraph and
    pasted text is joined into one paragraph.
    """

    enter_pressed = Signal()
    format_changed = Signal()
    photos_offered = Signal(list)  # image file Paths or a QImage pasted into the text

    def __init__(self, parent: QWidget | None = None, *, single_paragraph: bool = False,
                 min_lines: int = 3) -> None:
        super().__init__(parent)
        self.single_paragraph = single_paragraph
        # The editor may take parts of a paste elsewhere (a whole release pasted at once).
        self.paste_filter: Callable[[list[Block]], list[Block]] | None = None
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._setup_auto_height(min_lines)
        self.currentCharFormatChanged.connect(lambda *_: self.format_changed.emit())
        self.cursorPositionChanged.connect(self.format_changed.emit)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    # paste --------------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml() or source.hasImage()

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = image_files(source)
        if files:  # photos dropped or pasted from the file manager go to the photo list
            self.photos_offered.emit(files)
            return
        blocks = sanitised_blocks(source)
        if blocks and self.paste_filter is not None:
            blocks = self.paste_filter(blocks)
        if not blocks and source.hasImage():  # a picture copied from a browser or WhatsApp
            image = QImage(source.imageData())
            if not image.isNull():
                self.photos_offered.emit([image])
            return
        if self.single_paragraph:
            runs = flatten(blocks)
            blocks = [Block(tuple(runs))] if runs else []
        insert_blocks(self.textCursor(), blocks, bullets=not self.single_paragraph)
        self.ensureCursorVisible()

    # keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
            return
        if self.single_paragraph and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)

    # formatting ---------------------------------------------------------------------------
    def is_bold(self) -> bool:
        return self.fontWeight() >= QFont.Weight.DemiBold.value  # type: ignore[no-any-return]

    def is_bullet(self) -> bool:
        return self.textCursor().currentList() is not None

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if self.is_bold() else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(fmt)
        self.format_changed.emit()

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(fmt)
        self.format_changed.emit()

    def toggle_bullets(self) -> None:
        if self.single_paragraph:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            block = self.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                if block.textList() is not None:
                    block.textList().remove(block)
                    c = QTextCursor(block)
                    fmt = c.blockFormat()
                    fmt.setIndent(0)
                    c.setBlockFormat(fmt)
                block = block.next()
        else:
            cursor.createList(bullet_format())
        cursor.endEditBlock()
        self.format_changed.emit()

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        size = self.document().characterCount() - 1
        cursor.setPosition(max(0, min(start, size)))
        cursor.setPosition(max(0, min(end, size)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def plain_text(self) -> str:
        return self.toPlainText().replace(LINE_SEPARATOR, "\n")


class LineTextEdit(QPlainTextEdit, _AutoHeight):
    """A one-paragraph plain text field (title, subtitle) that wraps instead of scrolling."""

    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._setup_auto_height(1)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.document().setUndoRedoEnabled(False)
        self.setPlainText(" ".join(text.split("\n")))
        self.document().setUndoRedoEnabled(True)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = "".join(run.text for run in flatten(sanitised_blocks(source)))
        self.textCursor().insertText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        size = len(self.toPlainText())
        cursor.setPosition(max(0, min(start, size)))
        cursor.setPosition(max(0, min(end, size)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
