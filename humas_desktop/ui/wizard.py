"""First-run wizard: the office profile every release builds on (letterhead, dateline, contact,
"Tentang" text, release-number pattern). Shown while the profile has no office name."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from humas_desktop.archive import Archive
from humas_desktop.ui.profile_form import ProfileFields


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str, body: QWidget,
                 parent: QWidget | None = None, check: object = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._check = check
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(self._check()) if callable(self._check) else True


class OfficeWizard(QWizard):
    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setWindowTitle(self.tr("Selamat datang di Humas Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(620, 480)
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Kembali")),
            (QWizard.WizardButton.NextButton, self.tr("&Lanjut >")),
            (QWizard.WizardButton.CommitButton, self.tr("&Simpan")),
            (QWizard.WizardButton.FinishButton, self.tr("&Selesai")),
            (QWizard.WizardButton.CancelButton, self.tr("Nanti saja")),
            (QWizard.WizardButton.HelpButton, self.tr("&Bantuan")),
        ):
            self.setButtonText(which, text)

        self.fields = ProfileFields(archive, self)
        intro = QWidget(self)
        intro_layout = QVBoxLayout(intro)
        welcome = QLabel(self.tr(
            "Isi data kantor Anda sekali saja. Data ini dipakai untuk kop siaran pers, dateline, "
            "narahubung, paragraf “Tentang”, dan nomor rilis. Semuanya bisa diubah kapan saja "
            "lewat Berkas › Profil kantor."), intro)
        welcome.setWordWrap(True)
        intro_layout.addWidget(welcome)
        intro_layout.addWidget(self.fields.office_group(intro))

        self.office_page = _Page(self.tr("Instansi"),
                                 self.tr("Nama instansi wajib diisi."),
                                 intro, self, check=lambda: bool(self.fields.name.text().strip()))
        self.contact_page = _Page(self.tr("Alamat dan kontak kantor"),
                                  self.tr("Tampil di kop siaran pers."),
                                  self.fields.contact_group(self), self,
                                  check=self.fields.emails_ok)
        self.person_page = _Page(self.tr("Narahubung dan “Tentang”"),
                                 self.tr("Diisikan ke setiap rilis baru; bisa diubah per rilis."),
                                 self.fields.person_group(self), self,
                                 check=self.fields.emails_ok)
        self.number_page = _Page(self.tr("Nomor siaran pers"),
                                 self.tr("Pola nomor yang dipakai kantor Anda."),
                                 self.fields.number_group(self), self,
                                 check=self.fields.pattern_ok)
        for page in (self.office_page, self.contact_page, self.person_page, self.number_page):
            self.addPage(page)
        self.fields.name.textChanged.connect(self.office_page.completeChanged)
        self.fields.pattern.textChanged.connect(self.number_page.completeChanged)
        for edit, page in ((self.fields.email, self.contact_page),
                           (self.fields.contact_email, self.person_page)):
            edit.textChanged.connect(page.completeChanged)

    def accept(self) -> None:
        self.archive.save_office_profile(self.fields.profile())
        super().accept()
