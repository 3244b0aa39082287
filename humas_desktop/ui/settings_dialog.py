"""Settings: office profile, language, Word template, checker rules, LanguageTool, backups.

Where each choice lives: what the lower layers read (Word template, rules switched off,
LanguageTool server) is stored in the archive's settings table, so the command line obeys the
same choices; what is needed before the archive opens (language, backups to keep) is in the
per-data-folder `tampilan.ini`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive
from humas_desktop.checks.office_settings import (
    DISABLED_RULES_KEY,
    LANGUAGETOOL_URL_KEY,
    disabled_rules,
)
from humas_desktop.errors import HumasError
from humas_desktop.i18n import current_language
from humas_desktop.ui import dialogs
from humas_desktop.ui.profile_form import ProfileFields

# Keys in Archive.setting() shared with the export and checks layers.
WORD_TEMPLATE_KEY = "export.word_template"


def available_rules() -> list[tuple[str, str, str]]:
    """(rule id, what it asks for, an example) of every rule in the rule packs, by pack order."""
    from humas_desktop.checks.rules import load_rules

    try:
        rules = load_rules().rules
    except HumasError:  # a broken rule pack: the checker reports it; settings still open
        return []
    found = []
    for rule in rules:
        # "Kalimat diawali huruf kapital: …." reads as unfinished: drop the placeholder tail.
        text = re.sub(r"\s*\((misalnya|for example|e\.g\.)?\s*…\s*\)", "",
                      rule.description(current_language()))
        text = re.sub(r"[:,]?\s*(tulis|write|seharusnya|should be|cukup|just|is)?[:,]?\s*…\s*", " ",
                      text)
        text = re.sub(r"\s+([.)])", r"\1", text).strip()
        text = text if text.endswith((".", ")")) else text + "."
        example = f"{rule.examples[0].wrong} → {rule.examples[0].right}" if rule.examples else ""
        found.append((rule.id, text, example))
    return found


class SettingsDialog(QDialog):
    def __init__(self, archive: Archive, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.settings = settings
        self.setWindowTitle(self.tr("Pengaturan"))
        self.resize(680, 560)
        self.tabs = QTabWidget(self)

        # -- office profile --------------------------------------------------------------------
        self.fields = ProfileFields(archive, self)
        profile_page = QWidget(self)
        profile_layout = QVBoxLayout(profile_page)
        for title, group in (
            (self.tr("Instansi"), self.fields.office_group(profile_page)),
            (self.tr("Alamat dan kontak kantor"), self.fields.contact_group(profile_page)),
            (self.tr("Narahubung bawaan dan “Tentang”"),
             self.fields.person_group(profile_page)),
            (self.tr("Nomor siaran pers"), self.fields.number_group(profile_page)),
        ):
            box = QGroupBox(title, profile_page)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 4, 4, 4)
            box_layout.addWidget(group)
            profile_layout.addWidget(box)
        profile_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(profile_page)
        self.tabs.addTab(scroll, self.tr("Profil kantor"))

        # -- general ---------------------------------------------------------------------------
        general = QWidget(self)
        form = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Bahasa tampilan"))
        self._initial_language = str(settings.value("ui/language", "id"))
        self.language.setCurrentIndex(max(0, self.language.findData(self._initial_language)))
        form.addRow(self.tr("&Bahasa tampilan:"), self.language)
        note = QLabel(self.tr("Bahasa baru berlaku setelah Humas Desktop dibuka ulang."), general)
        note.setWordWrap(True)
        form.addRow(note)
        self.backups = QSpinBox(general)
        self.backups.setRange(1, 90)
        self.backups.setSuffix(self.tr(" hari"))
        self.backups.setValue(int(settings.value("archive/backups_to_keep", 7)))
        self.backups.setAccessibleName(self.tr("Cadangan harian yang disimpan"))
        self.backups.setToolTip(self.tr("Setiap hari dibuat satu salinan cadangan arsip; "
                                        "yang lebih lama dari jumlah ini dihapus"))
        form.addRow(self.tr("&Cadangan harian disimpan:"), self.backups)
        folder = QLabel(str(archive.data_dir), general)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        form.addRow(self.tr("Folder data:"), folder)
        self.tabs.addTab(general, self.tr("Umum"))

        # -- export ----------------------------------------------------------------------------
        export = QWidget(self)
        export_form = QFormLayout(export)
        self.word_template = QLineEdit(str(archive.setting(WORD_TEMPLATE_KEY, "") or ""), export)
        self.word_template.setAccessibleName(self.tr("Templat dokumen Word"))
        self.word_template.setPlaceholderText(self.tr("(templat bawaan)"))
        self.word_template.setToolTip(self.tr("Dokumen .docx yang gaya-gayanya dipakai saat "
                                              "mengekspor; kosongkan untuk templat bawaan"))
        choose = QPushButton(self.tr("Pilih…"), export)
        choose.clicked.connect(self._choose_template)
        row = QHBoxLayout()
        row.addWidget(self.word_template, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("&Templat Word:"), export)
        label.setBuddy(self.word_template)
        export_form.addRow(label, row)
        hint = QLabel(self.tr("Templat Word memuat kop surat dan gaya huruf kantor Anda. "
                              "Gaya yang wajib ada dijelaskan di petunjuk ekspor; templat yang "
                              "tidak lengkap diganti templat bawaan dengan pemberitahuan."), export)
        hint.setWordWrap(True)
        export_form.addRow(hint)
        self.tabs.addTab(export, self.tr("Ekspor"))

        # -- checker ---------------------------------------------------------------------------
        checker = QWidget(self)
        checker_layout = QVBoxLayout(checker)
        lt_form = QFormLayout()
        self.languagetool = QLineEdit(str(archive.setting(LANGUAGETOOL_URL_KEY, "") or ""),
                                      checker)
        self.languagetool.setPlaceholderText("http://localhost:8081")
        self.languagetool.setAccessibleName(self.tr("Alamat server LanguageTool"))
        self.languagetool.setToolTip(self.tr("Opsional, untuk memeriksa bagian berbahasa "
                                             "Inggris; kosongkan bila tidak ada"))
        lt_form.addRow(self.tr("Server &LanguageTool:"), self.languagetool)
        checker_layout.addLayout(lt_form)
        self.rules = QListWidget(checker)
        self.rules.setAccessibleName(self.tr("Aturan gaya yang aktif"))
        disabled = set(disabled_rules(archive))
        self.rules.setWordWrap(True)
        self.rules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for rule_id, text, example in available_rules():
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("Contoh: {example}\nKode aturan: {id}").format(
                example=example, id=rule_id) if example else rule_id)
            item.setData(Qt.ItemDataRole.UserRole, rule_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if rule_id in disabled
                               else Qt.CheckState.Checked)
            self.rules.addItem(item)
        self._kept_disabled = disabled  # ids unknown to this version stay switched off
        if self.rules.count():
            checker_layout.addWidget(QLabel(self.tr("Aturan yang diperiksa (hapus centang untuk "
                                                    "mematikan):"), checker))
            checker_layout.addWidget(self.rules, 1)
        else:
            self.rules.hide()
            checker_layout.addStretch(1)
        self.tabs.addTab(checker, self.tr("Pemeriksa"))

        from humas_desktop.ui.glossary_page import GlossaryPage

        self.glossary = GlossaryPage(archive, self)
        self.tabs.addTab(self.glossary, self.tr("Glosarium dan kamus"))

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Simpan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._validate()

    def _validate(self) -> None:
        ok = (bool(self.fields.name.text().strip()) and self.fields.pattern_ok()
              and self.fields.emails_ok())
        self.save_button.setEnabled(ok)
        self.save_button.setToolTip("" if ok else self.tr(
            "Isi nama instansi, pola nomor yang memuat {no}, dan alamat surel yang lengkap"))

    def _choose_template(self) -> None:
        path = dialogs.open_file(self, self.tr("Pilih templat Word"),
                                 self.tr("Dokumen Word (*.docx)"))
        if path is not None:
            self.word_template.setText(str(path))

    def disabled_rules(self) -> list[str]:
        known: set[str] = set()
        off: set[str] = set()
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            rule_id = item.data(Qt.ItemDataRole.UserRole)
            known.add(rule_id)
            if item.checkState() != Qt.CheckState.Checked:
                off.add(rule_id)
        return sorted(off | (self._kept_disabled - known))

    def accept(self) -> None:
        template = self.word_template.text().strip()
        url = self.languagetool.text().strip()
        if url and not QUrl(url).scheme().startswith("http"):
            self.tabs.setCurrentIndex(3)
            dialogs.show_error(self, self.tr("Alamat server LanguageTool harus diawali http:// "
                                             "atau https://."))
            return
        self.archive.save_office_profile(self.fields.profile())
        self.archive.set_setting(WORD_TEMPLATE_KEY, template)
        self.archive.set_setting(LANGUAGETOOL_URL_KEY, url)
        self.archive.set_setting(DISABLED_RULES_KEY, self.disabled_rules())
        self.glossary.save(self.archive)
        self.settings.setValue("archive/backups_to_keep", self.backups.value())
        language = self.language.currentData()
        self.settings.setValue("ui/language", language)
        self.settings.sync()
        if language != self._initial_language:
            dialogs.show_info(self, self.tr("Bahasa tampilan"),
                              self.tr("Bahasa baru berlaku setelah Humas Desktop dibuka ulang."))
        super().accept()
