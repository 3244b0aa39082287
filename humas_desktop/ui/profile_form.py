"""The office-profile fields, shared by the first-run wizard and the Settings dialog."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive
from humas_desktop.errors import HumasError
from humas_desktop.model import ContactPerson
from humas_desktop.model.office import OfficeProfile, format_number
from humas_desktop.ui import dialogs

LOGO_FILTER_EXTENSIONS = "*.png *.jpg *.jpeg *.bmp *.gif"  # what Word documents can embed


def pattern_preview(pattern: str, today: date) -> tuple[str, bool]:
    """(example number or the problem, ok) for a release-number pattern."""
    try:
        example = format_number(pattern, 45, today)
    except (KeyError, IndexError, ValueError):
        return "", False
    return example, "{no}" in pattern and bool(pattern.strip())


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


class ProfileFields(QObject):
    """Creates the widgets once; pages and tabs place the groups they need."""

    changed = Signal()

    def __init__(self, archive: Archive, parent: QWidget) -> None:
        super().__init__(parent)
        self._archive = archive
        self._profile = archive.office_profile()
        self._logo = self._profile.logo_sha256

        def line(text: str, name: str, tip: str = "", placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(text, parent)
            edit.setAccessibleName(name)
            if tip:
                edit.setToolTip(tip)
            if placeholder:
                edit.setPlaceholderText(placeholder)
            edit.textChanged.connect(self.changed)
            return edit

        p = self._profile
        self.government = line(p.government, self.tr("Pemerintah daerah"),
                               self.tr("Nama pemerintah daerah seperti di kop surat"),
                               self.tr("mis. Pemerintah Kabupaten Kepulauan Selayar"))
        self.name = line(p.name, self.tr("Nama instansi"),
                         self.tr("Nama unit yang menerbitkan siaran pers"),
                         self.tr("mis. Dinas Komunikasi dan Informatika"))
        self.region = line(p.region, self.tr("Kota dateline"),
                           self.tr("Kota yang ditulis di awal paragraf pertama, mis. BENTENG – …"),
                           self.tr("mis. Benteng"))
        self.address = QPlainTextEdit(p.address, parent)
        self.address.setAccessibleName(self.tr("Alamat kantor"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.address.textChanged.connect(self.changed)
        self.phone = line(p.phone, self.tr("Telepon kantor"),
                          placeholder=self.tr("mis. (0414) 21000"))
        self.email = line(p.email, self.tr("Surel kantor"),
                          placeholder=self.tr("mis. humas@selayarkab.go.id"))
        self.website = line(p.website, self.tr("Situs web"),
                            placeholder=self.tr("mis. selayarkab.go.id"))
        self.contact_name = line(p.contact.name, self.tr("Nama narahubung"),
                                 self.tr("Narahubung bawaan untuk rilis baru"))
        self.contact_position = line(p.contact.position, self.tr("Jabatan narahubung"))
        self.contact_phone = line(p.contact.phone, self.tr("Telepon/WhatsApp narahubung"))
        self.contact_email = line(p.contact.email, self.tr("Surel narahubung"))
        # A wrong address would be printed on every letterhead: say so beside the field.
        self.email_hint = self._hint(parent)
        self.contact_email_hint = self._hint(parent)
        self.email.textChanged.connect(self._check_emails)
        self.contact_email.textChanged.connect(self._check_emails)
        self.about = QPlainTextEdit(p.about, parent)
        self.about.setAccessibleName(self.tr("Tentang instansi"))
        self.about.setToolTip(self.tr("Paragraf singkat “Tentang” di akhir setiap siaran pers"))
        self.about.setTabChangesFocus(True)
        self.about.setMinimumHeight(80)
        self.about.textChanged.connect(self.changed)
        self.pattern = line(p.number_pattern, self.tr("Pola nomor siaran pers"),
                            self.tr("{no} = nomor urut, {bulan} = bulan dalam angka Romawi, "
                                    "{tahun} = tahun"))
        self.preview = QLabel(parent)
        self.preview.setAccessibleName(self.tr("Contoh nomor"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pattern.textChanged.connect(self._update_preview)

        self.logo_preview = QLabel(parent)
        self.logo_preview.setFixedSize(72, 72)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setWordWrap(True)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(self.tr("Pratinjau logo"))
        self.logo_button = QPushButton(self.tr("Pilih logo…"), parent)
        self.logo_button.setToolTip(self.tr("Logo untuk kop siaran pers (PNG atau JPEG)"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Hapus logo"), parent)
        self.logo_clear.clicked.connect(self.clear_logo)
        self._update_logo()
        self._update_preview()
        self._check_emails()

    # -- groups --------------------------------------------------------------------------
    def office_group(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        form = QFormLayout(box)
        form.addRow(self.tr("&Pemerintah daerah:"), self.government)
        form.addRow(self.tr("&Nama instansi:"), self.name)
        form.addRow(self.tr("&Kota dateline:"), self.region)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.logo_button)
        buttons.addWidget(self.logo_clear)
        buttons.addStretch(1)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo:"), logo_row)
        return box

    def contact_group(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        form = QFormLayout(box)
        form.addRow(self.tr("&Alamat:"), self.address)
        form.addRow(self.tr("&Telepon:"), self.phone)
        form.addRow(self.tr("&Surel:"), self.email)
        form.addRow("", self.email_hint)
        form.addRow(self.tr("Situs &web:"), self.website)
        return box

    def person_group(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        form = QFormLayout(box)
        form.addRow(self.tr("&Nama narahubung:"), self.contact_name)
        form.addRow(self.tr("&Jabatan:"), self.contact_position)
        form.addRow(self.tr("Telepon/&WA:"), self.contact_phone)
        form.addRow(self.tr("S&urel:"), self.contact_email)
        form.addRow("", self.contact_email_hint)
        form.addRow(self.tr("&Tentang instansi:"), self.about)
        return box

    def number_group(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        form = QFormLayout(box)
        form.addRow(self.tr("&Pola nomor:"), self.pattern)
        form.addRow(self.tr("Contoh:"), self.preview)
        hint = QLabel(self.tr("Tulis {no} untuk nomor urut, {bulan} untuk bulan dalam angka "
                              "Romawi, dan {tahun} untuk tahun. Contoh pola: "
                              "{no}/HUMAS-DKISP/{bulan}/{tahun}"), box)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(hint)
        return box

    # -- state ---------------------------------------------------------------------------
    @staticmethod
    def _hint(parent: QWidget) -> QLabel:
        hint = QLabel(parent)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        palette = hint.palette()
        palette.setColor(hint.foregroundRole(), Qt.GlobalColor.red)
        hint.setPalette(palette)
        hint.hide()
        return hint

    def emails_ok(self) -> bool:
        """Empty or a whole address: both e-mail fields end up on every letterhead."""
        return all(_EMAIL.fullmatch(edit.text().strip()) or not edit.text().strip()
                   for edit in (self.email, self.contact_email))

    def _check_emails(self) -> None:
        for edit, hint in ((self.email, self.email_hint),
                           (self.contact_email, self.contact_email_hint)):
            text = edit.text().strip()
            bad = bool(text) and not _EMAIL.fullmatch(text)
            hint.setText(self.tr("Alamat surel belum lengkap, mis. nama@kab.go.id") if bad else "")
            hint.setVisible(bad)

    def pattern_ok(self) -> bool:
        return pattern_preview(self.pattern.text(), date.today())[1]

    def _update_preview(self) -> None:
        example, ok = pattern_preview(self.pattern.text(), date.today())
        if ok:
            self.preview.setText(self.tr("Nomor: {example}").format(example=example))
        elif "{no}" not in self.pattern.text():
            self.preview.setText(self.tr("Pola harus memuat {no} untuk nomor urut."))
        else:
            self.preview.setText(self.tr("Pola hanya boleh memakai {no}, {bulan}, dan {tahun}."))
        self.changed.emit()

    def _update_logo(self) -> None:
        self.logo_clear.setEnabled(bool(self._logo))
        if not self._logo:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))
            return
        pixmap = QPixmap(str(self._archive.photo_path(self._logo)))
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("(logo tidak terbaca)"))
        else:
            self.logo_preview.setPixmap(pixmap.scaled(
                72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def choose_logo(self) -> None:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        path = dialogs.open_file(parent, self.tr("Pilih logo instansi"),
                                 self.tr("Gambar ({patterns})").format(
                                     patterns=LOGO_FILTER_EXTENSIONS))
        if path is None:
            return
        if QPixmap(str(path)).isNull():
            dialogs.show_error(parent, self.tr("Berkas {name} bukan gambar yang bisa dibaca. "
                                               "Pilih berkas PNG atau JPEG.").format(
                                                   name=path.name))
            return
        try:
            photo = self._archive.add_photo(path)
        except HumasError as exc:
            dialogs.show_error(parent, str(exc))
            return
        self.set_logo(photo.sha256)

    def set_logo(self, sha256: str) -> None:
        self._logo = sha256
        self._update_logo()
        self.changed.emit()

    def clear_logo(self) -> None:
        self.set_logo("")

    def profile(self) -> OfficeProfile:
        return replace(
            self._profile,
            name=self.name.text().strip(),
            government=self.government.text().strip(),
            region=self.region.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            logo_sha256=self._logo,
            contact=ContactPerson(
                name=self.contact_name.text().strip(),
                position=self.contact_position.text().strip(),
                phone=self.contact_phone.text().strip(),
                email=self.contact_email.text().strip(),
            ),
            about=self.about.toPlainText().strip(),
            number_pattern=self.pattern.text().strip(),
        )
