"""First-run wizard and the Settings dialog write what the officer entered."""

from PySide6.QtWidgets import QWizard

from humas_desktop.archive import Archive
from humas_desktop.ui.settings_dialog import (
    DISABLED_RULES_KEY,
    LANGUAGETOOL_URL_KEY,
    WORD_TEMPLATE_KEY,
    SettingsDialog,
)
from humas_desktop.ui.wizard import OfficeWizard
from tests.ui.conftest import answer_next_dialog


def test_first_run_wizard_saves_profile(qtbot, data_dir):
    archive = Archive.open(data_dir)
    assert not archive.office_profile().is_set_up
    wizard = OfficeWizard(archive)
    qtbot.addWidget(wizard)
    wizard.show()
    fields = wizard.fields
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.text() == "&Lanjut >"
    assert not next_button.isEnabled(), "the office name is required"
    qtbot.keyClicks(fields.name, "Dinas Komunikasi, Informatika, Statistik dan Persandian")
    qtbot.keyClicks(fields.government, "Pemerintah Kabupaten Sukabumi")
    qtbot.keyClicks(fields.region, "Sukabumi")
    assert next_button.isEnabled()
    next_button.click()
    qtbot.keyClicks(fields.address, "Jl. Perintis Kemerdekaan No. 1, Palabuhanratu")
    qtbot.keyClicks(fields.phone, "(0266) 123456")
    qtbot.keyClicks(fields.email, "diskominfo-sukabumi")
    assert not next_button.isEnabled(), "a half e-mail address would go on the letterhead"
    assert fields.email_hint.isVisibleTo(wizard) and "nama@kab.go.id" in fields.email_hint.text()
    fields.email.setText("diskominfo@sukabumikab.go.id")
    assert next_button.isEnabled() and not fields.email_hint.isVisibleTo(wizard)
    next_button.click()
    qtbot.keyClicks(fields.contact_name, "Siti Nurhaliza")
    qtbot.keyClicks(fields.about, "Diskominfosan Kabupaten Sukabumi melayani informasi publik.")
    next_button.click()
    fields.pattern.clear()
    qtbot.keyClicks(fields.pattern, "/HUMAS/{tahun}")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "a pattern without {no} is refused"
    assert "{no}" in fields.preview.text()
    fields.pattern.setText("{no}/HUMAS-DKISP/{bulan}/{tahun}")
    assert finish.isEnabled()
    assert fields.preview.text().startswith("Nomor: 045/HUMAS-DKISP/")
    finish.click()
    profile = archive.office_profile()
    assert profile.is_set_up
    assert profile.name.startswith("Dinas Komunikasi")
    assert profile.region == "Sukabumi"
    assert profile.contact.name == "Siti Nurhaliza"
    assert profile.address == "Jl. Perintis Kemerdekaan No. 1, Palabuhanratu"
    assert profile.phone == "(0266) 123456"
    assert profile.email == "diskominfo@sukabumikab.go.id"
    assert profile.about == "Diskominfosan Kabupaten Sukabumi melayani informasi publik."
    assert profile.number_pattern == "{no}/HUMAS-DKISP/{bulan}/{tahun}"
    archive.close()


def test_wizard_logo_goes_to_photo_store(qtbot, data_dir, tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    archive = Archive.open(data_dir)
    wizard = OfficeWizard(archive)
    qtbot.addWidget(wizard)
    photo = archive.add_photo(logo)
    wizard.fields.set_logo(photo.sha256)
    assert not wizard.fields.logo_preview.pixmap().isNull()
    wizard.fields.name.setText("Bagian Prokopim")
    wizard.accept()
    assert archive.office_profile().logo_sha256 == photo.sha256
    archive.close()


def test_settings_dialog_stores_choices(qtbot, archive, settings, tmp_path):
    dialog = SettingsDialog(archive, settings)
    qtbot.addWidget(dialog)
    dialog.fields.about.setPlainText("Tentang yang baru.")
    dialog.backups.setValue(14)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    template = tmp_path / "kop.docx"
    dialog.word_template.setText(str(template))
    dialog.languagetool.setText("http://127.0.0.1:8081")
    seen = answer_next_dialog(qtbot, dialog.accept, "OK")
    assert "dibuka ulang" in seen[1]  # language applies on restart, and we say so
    assert archive.office_profile().about == "Tentang yang baru."
    assert archive.setting(WORD_TEMPLATE_KEY) == str(template)
    assert archive.setting(LANGUAGETOOL_URL_KEY) == "http://127.0.0.1:8081"
    assert archive.setting(DISABLED_RULES_KEY) == []
    assert settings.value("ui/language") == "en"
    assert int(settings.value("archive/backups_to_keep")) == 14


def test_settings_refuses_bad_languagetool_url_and_empty_name(qtbot, archive, settings):
    dialog = SettingsDialog(archive, settings)
    qtbot.addWidget(dialog)
    dialog.languagetool.setText("localhost:8081")
    seen = answer_next_dialog(qtbot, dialog.accept, "OK")
    assert "http://" in seen[1]
    assert archive.setting(LANGUAGETOOL_URL_KEY) in (None, "")
    dialog.fields.name.clear()
    assert not dialog.save_button.isEnabled()
    dialog.fields.name.setText("Bagian Prokopim")
    assert dialog.save_button.isEnabled()
    dialog.fields.contact_email.setText("humas@")
    assert not dialog.save_button.isEnabled()


def test_switching_a_rule_off_is_stored_for_the_checker(qtbot, archive, settings):
    from PySide6.QtCore import Qt

    archive.set_setting(DISABLED_RULES_KEY, ["aturan.lama-yang-sudah-tidak-ada"])
    dialog = SettingsDialog(archive, settings)
    qtbot.addWidget(dialog)
    assert dialog.rules.count() > 20, "every rule of the checker's packs is listed"
    first = dialog.rules.item(0)
    rule_id = first.data(Qt.ItemDataRole.UserRole)
    assert first.checkState() == Qt.CheckState.Checked
    first.setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    stored = archive.setting(DISABLED_RULES_KEY)
    assert rule_id in stored
    assert "aturan.lama-yang-sudah-tidak-ada" in stored  # unknown ids are kept, not dropped


def test_rule_list_reads_as_plain_sentences(qtbot, archive, settings):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    dialog = SettingsDialog(archive, settings)
    qtbot.addWidget(dialog)
    texts = [dialog.rules.item(i).text() for i in range(dialog.rules.count())]
    assert texts[0] == "Kalimat diawali huruf kapital."
    for i, text in enumerate(texts):
        rule_id = dialog.rules.item(i).data(Qt.ItemDataRole.UserRole)
        assert "…" not in text and rule_id not in text, text
        assert rule_id in dialog.rules.item(i).toolTip()
    assert "Contoh:" in dialog.rules.item(0).toolTip()
    # A form label with an accelerator has its field as buddy, so no literal "&" shows.
    [label] = [w for w in dialog.findChildren(QLabel) if w.text() == "&Templat Word:"]
    assert label.buddy() is dialog.word_template


def test_glossary_and_user_dictionary_are_edited_in_settings(qtbot, archive, settings):
    from PySide6.QtWidgets import QComboBox, QTableWidgetItem

    from humas_desktop.model.office import GlossaryEntry, GlossaryKind

    archive.add_glossary_entry(GlossaryEntry("Bontomarannu", GlossaryKind.PLACE, "desa"))
    archive.add_glossary_entry(GlossaryEntry("Basli Ali", GlossaryKind.PERSON, "Bupati"))
    archive.add_user_word("tengkes")
    archive.add_user_word("pokdarwis")
    dialog = SettingsDialog(archive, settings)
    qtbot.addWidget(dialog)
    page = dialog.glossary
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Glosarium dan kamus"
    assert [e.term for e in page.entries()] == ["Basli Ali", "Bontomarannu"]
    page.table.selectRow(0)
    page._remove_rows()  # Basli Ali goes
    page._add_row(GlossaryEntry(""))
    row = page.table.rowCount() - 1
    page.table.setItem(row, 0, QTableWidgetItem("  Pantai  Appatanah "))
    kind = page.table.cellWidget(row, 1)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(GlossaryKind.PLACE))
    page.words.item(1).setSelected(True)  # "tengkes"
    page._remove_words()
    dialog.accept()
    assert archive.glossary() == [GlossaryEntry("Bontomarannu", GlossaryKind.PLACE, "desa"),
                                  GlossaryEntry("Pantai Appatanah", GlossaryKind.PLACE, "")]
    assert archive.user_words() == ["pokdarwis"]
