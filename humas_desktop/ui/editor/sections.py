"""Repeating parts of a release: quotes, photos and contact persons, one row each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImageReader, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.model.quotes import ATTRIBUTION_VERBS, PRONOUN_VERBS
from humas_desktop.model.release import ContactPerson, Photo, Quote
from humas_desktop.ui.editor.text_edits import _AutoHeight, image_files
from humas_desktop.ui.editor.underlines import use_indonesian_menu

THUMB = QSize(120, 90)


class PlainTextEdit(QPlainTextEdit, _AutoHeight):
    """Multi-line plain text that grows with its content (quote text, boilerplate)."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = 2) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._setup_auto_height(min_lines)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.document().setUndoRedoEnabled(False)
        self.setPlainText(text)
        self.document().setUndoRedoEnabled(True)

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        size = len(self.toPlainText())
        cursor.setPosition(max(0, min(start, size)))
        cursor.setPosition(max(0, min(end, size)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)


def _remove_button(parent: QWidget, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText("✕")
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class _Row(QFrame):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._tab: list[QWidget] = []

    def _line(self, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        edit.setToolTip(accessible)
        edit.textChanged.connect(lambda *_: self.changed.emit())
        use_indonesian_menu(edit)
        return edit

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def tab_widgets(self) -> list[QWidget]:
        """Focusable widgets of the row in reading order (rows are added after the page is
        built, so the editor sets the Tab order itself)."""
        return [w for w in self._tab if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


class QuoteRow(_Row):
    insert_requested = Signal(object, str)  # (Quote, verb)

    def __init__(self, quote: Quote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.speaker = self._line(self.tr("Nama, mis. Muhammad Basli Ali"),
                                  self.tr("Nama pembicara"))
        self.position = self._line(self.tr("Jabatan, mis. Bupati Kepulauan Selayar"),
                                   self.tr("Jabatan pembicara"))
        self.text = PlainTextEdit(self, min_lines=2)
        self.text.setPlaceholderText(self.tr("Kalimat yang diucapkan, tanpa tanda petik"))
        self.text.setAccessibleName(self.tr("Isi kutipan"))
        self.text.textChanged.connect(self.changed.emit)
        self.verb = QComboBox(self)
        self.verb.addItems([*ATTRIBUTION_VERBS, *PRONOUN_VERBS])
        self.verb.setAccessibleName(self.tr("Kata kerja atribusi"))
        self.verb.setToolTip(self.tr("Kata kerja sesudah kutipan: kata, ujar, jelas… "
                                     "Bentuk -nya (ujarnya) tanpa nama."))
        insert = QPushButton(self.tr("Sisipkan ke isi berita"), self)
        insert.setToolTip(self.tr("Menyisipkan kutipan dengan tanda baca yang benar di posisi "
                                  "kursor pada isi berita: “Kalimat,” kata Jabatan Nama."))
        insert.clicked.connect(lambda: self.insert_requested.emit(self.quote(),
                                                                   self.verb.currentText()))
        remove = _remove_button(self, self.tr("Hapus kutipan ini"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        grid.addWidget(self.speaker, 0, 0)
        grid.addWidget(self.position, 0, 1)
        grid.addWidget(remove, 0, 2)
        grid.addWidget(self.text, 1, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Atribusi:"), self))
        buttons.addWidget(self.verb)
        buttons.addStretch(1)
        buttons.addWidget(insert)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._tab = [self.speaker, self.position, self.text, self.verb, insert, remove]
        self.speaker.setText(quote.speaker)
        self.position.setText(quote.position)
        self.text.setText(quote.text)

    def quote(self) -> Quote:
        return Quote(self.speaker.text().strip(), self.position.text().strip(),
                     self.text.text().strip())

    def first_field(self) -> QWidget:
        if self.speaker.text().strip() and not self.position.text().strip():
            return self.position
        return self.speaker


class ContactRow(_Row):
    def __init__(self, contact: ContactPerson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.name = self._line(self.tr("Nama"), self.tr("Nama narahubung"))
        self.position = self._line(self.tr("Jabatan"), self.tr("Jabatan narahubung"))
        self.phone = self._line(self.tr("Telepon / WhatsApp"), self.tr("Telepon narahubung"))
        self.email = self._line(self.tr("Surel"), self.tr("Surel narahubung"))
        remove = _remove_button(self, self.tr("Hapus narahubung ini"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.position, 0, 1)
        grid.addWidget(remove, 0, 2)
        grid.addWidget(self.phone, 1, 0)
        grid.addWidget(self.email, 1, 1)
        self._tab = [self.name, self.position, self.phone, self.email, remove]
        self.name.setText(contact.name)
        self.position.setText(contact.position)
        self.phone.setText(contact.phone)
        self.email.setText(contact.email)

    def contact(self) -> ContactPerson:
        return ContactPerson(self.name.text().strip(), self.position.text().strip(),
                             self.phone.text().strip(), self.email.text().strip())

    def first_field(self) -> QWidget:
        if self.name.text().strip() and not self.phone.text().strip():
            return self.phone
        return self.name


def thumbnail(path: Path, size: QSize = THUMB, ratio: float = 1.0) -> QPixmap:
    """A small preview decoded at thumbnail size (cheap even for 12-megapixel photos)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(size * ratio, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QPixmap()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)  # sharp on high-DPI screens
    return pixmap


class PhotoRow(_Row):
    def __init__(self, photo: Photo, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_ref = photo
        layout = QHBoxLayout(self)
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setAccessibleName(self.tr("Gambar kecil foto {name}").format(
            name=photo.file_name))
        ratio = self.devicePixelRatioF()
        pixmap = thumbnail(path, THUMB, ratio) if path is not None and path.exists() else QPixmap()
        if pixmap.isNull():
            self.thumb.setText(self.tr("(tidak ada\npratinjau)"))
        else:
            self.thumb.setPixmap(pixmap)
        layout.addWidget(self.thumb)
        fields = QVBoxLayout()
        name = QLabel(photo.file_name, self)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fields.addWidget(name)
        self.caption = PlainTextEdit(self, min_lines=2)
        self.caption.setPlaceholderText(self.tr(
            "Keterangan: siapa, sedang apa, di mana, kapan"))
        self.caption.setAccessibleName(self.tr("Keterangan foto"))
        self.caption.textChanged.connect(self.changed.emit)
        self.credit = self._line(self.tr("Kredit foto, mis. Humas Pemkab/Andi"),
                                 self.tr("Kredit foto"))
        fields.addWidget(self.caption)
        fields.addWidget(self.credit)
        layout.addLayout(fields, 1)
        remove = _remove_button(self, self.tr("Lepas foto ini dari siaran pers"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self._tab = [self.caption, self.credit, remove]
        self.caption.setText(photo.caption)
        self.credit.setText(photo.credit)

    def photo(self) -> Photo:
        return Photo(self.photo_ref.sha256, self.photo_ref.file_name,
                     self.caption.text().strip(), self.credit.text().strip())

    def first_field(self) -> QWidget:
        return self.caption


class RowList(QWidget):
    """A vertical list of rows with an "add" button below."""

    changed = Signal()
    rows_changed = Signal()  # a row came or went

    def __init__(self, add_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.rows_layout)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(add_label, self)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        outer.addLayout(bottom)
        self._rows: list[_Row] = []

    def rows(self) -> list[_Row]:
        return list(self._rows)

    def add_row(self, row: _Row) -> _Row:
        row.changed.connect(self.changed.emit)
        row.remove_requested.connect(self.remove_row)
        self.rows_layout.addWidget(row)
        self._rows.append(row)
        self.rows_changed.emit()
        return row

    def remove_row(self, row: _Row) -> None:
        if row in self._rows:
            self._rows.remove(row)
            row.hide()
            row.deleteLater()
            self.changed.emit()
            self.rows_changed.emit()

    def clear(self) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []


class PhotoList(RowList):
    """Photo rows; image files dropped anywhere on the list are added."""

    files_dropped = Signal(list)

    def __init__(self, add_label: str, parent: QWidget | None = None) -> None:
        super().__init__(add_label, parent)
        self.setAcceptDrops(True)
        self.hint = QLabel(self.tr("Tarik berkas foto ke sini, atau klik tombol di bawah."), self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.rows_layout.addWidget(self.hint)

    @staticmethod
    def _image_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        return image_files(event.mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._image_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._image_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def add_row(self, row: _Row) -> _Row:
        self.hint.setVisible(False)
        return super().add_row(row)

    def remove_row(self, row: _Row) -> None:
        super().remove_row(row)
        self.hint.setVisible(not self._rows)

    def clear(self) -> None:
        super().clear()
        self.hint.setVisible(True)


RowFactory = Callable[[], _Row]
