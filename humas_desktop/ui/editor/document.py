"""Conversion between a QTextDocument and the model's Blocks/Runs, both ways.

The model keeps only paragraphs, bullet items, bold and italic; the document is shown with
Qt's own formats. Reading ignores everything else (fonts, colours, and the formats a syntax
highlighter such as the checker's underline layer adds, which live in the layout, not in the
document). A line break inside a block (Shift+Enter) is U+2028 in the document and "\\n" in the
model, so model -> document -> model gives back exactly the same blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from humas_desktop.model.release import Block, BlockKind, Run

LINE_SEPARATOR = "\u2028"
_OBJECT = "\ufffc"  # inline images and other objects: not part of a release
PARAGRAPH_SPACING = 6.0


def char_format(bold: bool = False, italic: bool = False) -> QTextCharFormat:
    """A clean character format: only weight and slant, the document's font otherwise."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


def paragraph_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(PARAGRAPH_SPACING)
    return fmt


def bullet_format() -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(QTextListFormat.Style.ListDisc)
    fmt.setIndent(1)
    return fmt


def _is_bold(fmt: QTextCharFormat) -> bool:
    return fmt.fontWeight() >= QFont.Weight.DemiBold.value  # type: ignore[no-any-return]


def _merge(runs: list[Run], text: str, bold: bool, italic: bool) -> None:
    if not text:
        return
    if runs and runs[-1].bold == bold and runs[-1].italic == italic:
        runs[-1] = Run(runs[-1].text + text, bold, italic)
    else:
        runs.append(Run(text, bold, italic))


def blocks_from_document(doc: QTextDocument) -> list[Block]:
    """Every block of `doc` (empty ones included) as model blocks."""
    blocks = []
    block = doc.begin()
    while block.isValid():
        runs: list[Run] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                text = fragment.text().replace(_OBJECT, "").replace(LINE_SEPARATOR, "\n")
                _merge(runs, text, _is_bold(fmt), fmt.fontItalic())
            it += 1
        kind = BlockKind.BULLET if block.textList() is not None else BlockKind.PARAGRAPH
        blocks.append(Block(tuple(runs), kind))
        block = block.next()
    return blocks


def trim_blocks(blocks: Iterable[Block]) -> list[Block]:
    """Drop empty blocks (blank lines between paragraphs are layout, not content)."""
    return [block for block in blocks if block.text.strip()]


def _set_list(cursor: QTextCursor, bullet: bool, previous_list: object | None) -> object | None:
    """Put the cursor's block into (or out of) a bullet list; returns the list it is in."""
    block = cursor.block()
    current = block.textList()
    if bullet:
        if current is not None:
            return current
        if previous_list is not None:
            previous_list.add(block)  # type: ignore[attr-defined]
            return previous_list
        return cursor.createList(bullet_format())
    if current is not None:
        current.remove(block)
        fmt = cursor.blockFormat()
        fmt.setIndent(0)
        cursor.setBlockFormat(fmt)
    return None


def insert_blocks(cursor: QTextCursor, blocks: Sequence[Block], bullets: bool = True) -> None:
    """Insert `blocks` at the cursor as one undo step: the first joins the current block."""
    if not blocks:
        return
    cursor.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
    previous_list = cursor.block().textList()
    for i, block in enumerate(blocks):
        if i:
            cursor.insertBlock(paragraph_format(), char_format())
            bullet = bullets and block.kind is BlockKind.BULLET
            previous_list = _set_list(cursor, bullet, previous_list if bullet else None)
        elif bullets and block.kind is BlockKind.BULLET and len(cursor.block().text()) == 0:
            previous_list = _set_list(cursor, True, None)
        for run in block.runs:
            cursor.insertText(run.text.replace("\n", LINE_SEPARATOR),
                              char_format(run.bold, run.italic))
    cursor.setCharFormat(char_format())
    cursor.endEditBlock()


def fill_document(doc: QTextDocument, blocks: Sequence[Block]) -> None:
    """Replace the contents of `doc` with `blocks`; clears undo history (a fresh load)."""
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.setBlockFormat(paragraph_format())
    cursor.setBlockCharFormat(char_format())
    previous_list = None
    for i, block in enumerate(blocks):
        if i:
            cursor.insertBlock(paragraph_format(), char_format())
        bullet = block.kind is BlockKind.BULLET
        previous_list = _set_list(cursor, bullet, previous_list if bullet else None)
        for run in block.runs:
            cursor.insertText(run.text.replace("\n", LINE_SEPARATOR),
                              char_format(run.bold, run.italic))
    doc.setUndoRedoEnabled(True)
    doc.setModified(False)
