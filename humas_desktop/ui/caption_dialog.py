"""A social-media caption from the headline and lead, for Instagram, Facebook or X.

The caption is made within the platform's limit, but officers often tweak it before posting,
so it sits in an editable box whose character count warns as soon as the text is too long.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.export.caption import RULES, Platform
from humas_desktop.export.formats import ExportFormat, render_text
from humas_desktop.model import Release
from humas_desktop.model.office import OfficeProfile


class CaptionDialog(QDialog):
    """Choose the platform, adjust the caption, copy it to the clipboard."""

    def __init__(self, release: Release, office: OfficeProfile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._release = release
        self._office = office
        self.setWindowTitle(self.tr("Keterangan media sosial"))
        self.setAccessibleName(self.tr("Keterangan media sosial"))
        self.resize(520, 420)

        self.platform_box = QComboBox(self)
        self.platform_box.setAccessibleName(self.tr("Platform media sosial"))
        self.platform_box.setToolTip(self.tr("Batas panjang dan jumlah tagar mengikuti "
                                             "platform; mengganti platform membuat ulang teksnya"))
        for platform, label in ((Platform.INSTAGRAM, "Instagram"), (Platform.FACEBOOK, "Facebook"),
                                (Platform.X, "X (Twitter)")):
            self.platform_box.addItem(label, platform.value)

        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Teks keterangan"))
        self.text.setToolTip(self.tr("Teks boleh disunting sebelum disalin"))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Jumlah karakter"))
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.hide()

        self.copy_button = QPushButton(self.tr("&Salin"), self)
        self.copy_button.setDefault(True)
        self.copy_button.setToolTip(self.tr("Salin teks keterangan ke papan klip"))
        self.copy_button.clicked.connect(self.copy)
        self.remake_button = QPushButton(self.tr("&Buat ulang"), self)
        self.remake_button.setToolTip(self.tr("Buang suntingan dan buat ulang teks dari judul "
                                              "dan teras berita"))
        self.remake_button.clicked.connect(self.regenerate)
        close = QPushButton(self.tr("Tutup"), self)
        close.clicked.connect(self.accept)
        self.copied_label = QLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("&Platform:"), self.platform_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copied_label, 1)
        buttons.addWidget(self.remake_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)

        self.platform_box.currentIndexChanged.connect(self.regenerate)
        self.text.textChanged.connect(self._update_count)
        self.regenerate()

    def platform(self) -> Platform:
        return Platform(self.platform_box.currentData())

    def set_platform(self, platform: Platform | str) -> None:
        self.platform_box.setCurrentIndex(self.platform_box.findData(Platform(platform).value))

    def limit(self) -> int:
        return RULES[self.platform()].limit

    def regenerate(self) -> None:
        """Make the caption for the chosen platform afresh."""
        text, warnings = render_text(self._release, ExportFormat.CAPTION, office=self._office,
                                     platform=self.platform())
        self.text.setPlainText(text.rstrip("\n"))
        self.notes.setText("\n".join(warnings))
        self.notes.setVisible(bool(warnings))
        self.copied_label.clear()

    def over_limit(self) -> bool:
        return len(self.text.toPlainText()) > self.limit()

    def _update_count(self) -> None:
        count, limit = len(self.text.toPlainText()), self.limit()
        if count > limit:
            self.count_label.setText(self.tr("{count} / {limit} karakter — lebih {over} dari "
                                             "batas {platform}").format(
                count=count, limit=limit, over=count - limit,
                platform=self.platform_box.currentText()))
            self.count_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.count_label.setText(self.tr("{count} / {limit} karakter").format(
                count=count, limit=limit))
            self.count_label.setStyleSheet("")
        self.copied_label.clear()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copied_label.setText(self.tr("Disalin ke papan klip."))
