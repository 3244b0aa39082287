"""The guided editor against a real archive in a temporary folder."""

import threading
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit

from humas_desktop.archive import Archive
from humas_desktop.archive.journal import journal_dir, pending_recoveries
from humas_desktop.model.release import Block, BlockKind, ContactPerson, Photo, Quote, Run
from humas_desktop.ui.editor import ReleaseEditor

from .conftest import PROFILE

LEAD = ("Bupati Kepulauan Selayar Muhammad Basli Ali meresmikan Pasar Rakyat Benteng di "
        "Kelurahan Benteng, Selasa (28/11).")


def _stored(archive, release):
    return archive.get(release.id)


def _wait_saved(qtbot, archive, release, check, timeout=5000):
    qtbot.waitUntil(lambda: check(_stored(archive, release)), timeout=timeout)


def test_load_shows_template_release(editor, release) -> None:
    editor.load(release)
    assert editor.isEnabled()
    assert editor.city.text() == "BENTENG"
    assert editor.date.date() == QDate(2023, 11, 28)
    assert editor.number.text() == "045/HUMAS-DKISP/XI/2023"
    assert [r.contact() for r in editor.contacts.rows()] == [PROFILE.contact]
    assert editor.about.text() == PROFILE.about
    assert editor.category.currentData() == "kegiatan"
    assert "Bupati Resmikan Pasar" in editor.title.placeholderText()  # template guidance
    assert editor.sections["lead"].tip.text().startswith("Teras berita menjawab 5W+1H")
    assert "Susunan yang disarankan" in editor.sections["body"].tip.text()
    assert editor.dateline_preview.text() == "BENTENG – "
    assert editor.date_hint.text().endswith("Selasa (28/11)")
    assert editor.current_release() == release
    assert not editor.is_dirty()


def test_typing_autosaves_after_two_seconds_pause(qtbot, editor, archive, release) -> None:
    editor.load(release)
    states = []
    editor.autosave_state_changed.connect(states.append)
    qtbot.keyClicks(editor.title, "Bupati Resmikan Pasar Rakyat")
    assert editor.is_dirty() and states[-1] == "Belum tersimpan"
    qtbot.wait(1200)
    assert _stored(archive, release).title == ""  # still typing-pause window
    qtbot.keyClicks(editor.title, " Benteng")  # typing again restarts the 2 s timer
    qtbot.wait(1200)
    assert _stored(archive, release).title == ""
    _wait_saved(qtbot, archive, release, lambda r: r.title == "Bupati Resmikan Pasar Rakyat "
                "Benteng", timeout=3000)
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=2000)  # the result is queued
    assert states[-1].startswith("Tersimpan ")
    assert _stored(archive, release).revision == release.revision + 1


def test_every_section_lands_in_archive(qtbot, editor, archive, release, tmp_path) -> None:
    editor.autosave_delay_ms = 100
    editor.load(release)
    saved = []
    editor.saved.connect(saved.append)
    qtbot.keyClicks(editor.title, "Bupati Resmikan Pasar")
    qtbot.keyClicks(editor.subtitle, "Dibangun dengan DAK 2023")
    editor.city.clear()
    qtbot.keyClicks(editor.city, "BENTENG")
    editor.date.setDate(QDate(2023, 11, 29))
    qtbot.keyClicks(editor.lead, LEAD.replace("Selasa (28/11)", "Rabu (29/11)"))
    qtbot.keyClicks(editor.body, "Pasar menampung ")
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, "240")
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, " pedagang.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    editor._toggle_bullets()
    qtbot.keyClicks(editor.body, "los baru")
    editor.quotes.add_button.click()
    quote_row = editor.quotes.rows()[0]
    qtbot.keyClicks(quote_row.speaker, "Muhammad Basli Ali")
    qtbot.keyClicks(quote_row.position, "Bupati Kepulauan Selayar")
    qtbot.keyClicks(quote_row.text, "Pasar ini milik warga.")
    image = tmp_path / "pasar.png"
    img = QImage(64, 48, QImage.Format.Format_RGB32)
    img.fill(QColor("steelblue"))
    assert img.save(str(image))
    editor.add_photo_files([image])
    photo_row = editor.photos.rows()[0]
    assert photo_row.thumb.pixmap() is not None and not photo_row.thumb.pixmap().isNull()
    qtbot.keyClicks(photo_row.caption, "Bupati menggunting pita.")
    qtbot.keyClicks(photo_row.credit, "Humas")
    contact_row = editor.contacts.rows()[0]
    contact_row.email.setText("ikp@selayar.go.id")
    editor.about.setText("")
    qtbot.keyClicks(editor.about, "Tentang Diskominfo.")
    qtbot.keyClicks(editor.tags, "pasar, DAK")
    editor.add_tag("peresmian")
    editor.number.clear()
    qtbot.keyClicks(editor.number, "046/HUMAS-DKISP/XI/2023")
    editor.category.setCurrentIndex(editor.category.findData("kebijakan"))

    _wait_saved(qtbot, archive, release, lambda r: r.category == "kebijakan")
    stored = _stored(archive, release)
    assert stored.title == "Bupati Resmikan Pasar"
    assert stored.subtitle == "Dibangun dengan DAK 2023"
    assert stored.dateline_city == "BENTENG"
    assert stored.release_date == date(2023, 11, 29)
    assert stored.body == (
        Block.plain(LEAD.replace("Selasa (28/11)", "Rabu (29/11)")),
        Block((Run("Pasar menampung "), Run("240", bold=True), Run(" pedagang."))),
        Block.plain("los baru", BlockKind.BULLET),
    )
    assert stored.quotes == (Quote("Muhammad Basli Ali", "Bupati Kepulauan Selayar",
                                   "Pasar ini milik warga."),)
    [photo] = stored.photos
    assert (photo.file_name, photo.caption, photo.credit) == (
        "pasar.png", "Bupati menggunting pita.", "Humas")
    assert archive.photo_path(photo.sha256).exists()
    assert stored.contacts == (replace(PROFILE.contact, email="ikp@selayar.go.id"),)
    assert stored.about == "Tentang Diskominfo."
    assert stored.tags == ("pasar", "DAK", "peresmian")
    assert stored.number == "046/HUMAS-DKISP/XI/2023"
    qtbot.waitUntil(lambda: bool(saved) and saved[-1] == stored, timeout=2000)
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=2000)
    editor._journal.flush()
    assert pending_recoveries(archive.data_dir) == []


def test_restart_restores_last_state(qtbot, tmp_path, release, archive, editor) -> None:
    editor.autosave_delay_ms = 50
    editor.load(release)
    qtbot.keyClicks(editor.title, "Judul terakhir")
    qtbot.keyClicks(editor.lead, LEAD)
    qtbot.keyClick(editor.body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, "miring")
    _wait_saved(qtbot, archive, release, lambda r: len(r.body) == 2)
    last = editor.current_release()
    editor._shutdown()
    archive.close()

    reopened = Archive.open(archive.data_dir)
    try:
        second = ReleaseEditor()
        qtbot.addWidget(second)
        second.set_archive(reopened)
        second.load(reopened.get(release.id))
        assert second.title.text() == "Judul terakhir"
        restored = second.current_release()
        assert restored.body == (Block.plain(LEAD), Block((Run("miring", italic=True),)))
        assert replace(restored, revision=0, updated_at=last.updated_at) == \
            replace(last, revision=0)
        second._shutdown()
    finally:
        reopened.close()


def test_switching_releases_saves_first(qtbot, editor, archive, release) -> None:
    other = archive.save(replace(release, id="2b5e1a4c-0000-4000-8000-000000000001",
                                 title="Lain"))
    editor.load(release)
    qtbot.keyClicks(editor.title, "Belum sempat disimpan")
    editor.load(other)  # immediately, well before the autosave pause
    assert _stored(archive, release).title == "Belum sempat disimpan"
    assert editor.title.text() == "Lain"
    assert not editor.is_dirty()


def test_focus_loss_saves(qtbot, editor, archive, release) -> None:
    outside = QLineEdit()
    qtbot.addWidget(outside)
    outside.show()
    editor.load(release)
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, "Disimpan saat pindah")
    outside.activateWindow()
    outside.setFocus()
    qtbot.waitUntil(lambda: outside.hasFocus())
    _wait_saved(qtbot, archive, release, lambda r: r.title == "Disimpan saat pindah",
                timeout=1500)


def test_save_now_and_clean_save_is_noop(qtbot, editor, archive, release) -> None:
    editor.load(release)
    assert editor.save_now()  # nothing changed: no new revision
    assert _stored(archive, release).revision == release.revision
    qtbot.keyClicks(editor.subtitle, "x")
    assert editor.save_now()
    assert _stored(archive, release).subtitle == "x"


def test_journal_written_while_typing_and_cleared_after_save(qtbot, editor, archive,
                                                            release) -> None:
    editor.autosave_delay_ms = 60_000  # the crash comes before the pause
    editor.load(release)
    qtbot.keyClicks(editor.lead, "Teks yang belum tersimpan")
    qtbot.waitUntil(lambda: bool(pending_recoveries(archive.data_dir)), timeout=2000)
    [recovery] = pending_recoveries(archive.data_dir)
    assert recovery.release.body[0].text == "Teks yang belum tersimpan"
    assert recovery.differs_from(_stored(archive, release))
    assert editor.save_now()
    editor._journal.flush()
    assert pending_recoveries(archive.data_dir) == []
    assert list(journal_dir(archive.data_dir).glob("*.json")) == []


def test_checklist_and_stats_follow_typing(qtbot, editor, release) -> None:
    editor.load(release)
    lists, stats = [], []
    editor.checklist_changed.connect(lists.append)
    editor.stats_changed.connect(lambda *a: stats.append(a))
    editor.load(release)
    first = {i.id: i for i in lists[-1]}
    assert not first["title"].ok and not first["lead_length"].ok
    qtbot.keyClicks(editor.title, "Bupati Resmikan Pasar")
    qtbot.keyClicks(editor.lead, LEAD.replace("Selasa", "Rabu"))
    qtbot.waitUntil(lambda: {i.id: i for i in lists[-1]}["title"].ok, timeout=2000)
    items = {i.id: i for i in lists[-1]}
    assert items["lead_5w"].ok
    assert not items["news_dates"].ok and "Selasa" in items["news_dates"].message
    words, seconds, chars = stats[-1]
    assert chars == len("Bupati Resmikan Pasar")
    assert words == 3 + len(LEAD.split()) and seconds == -(-words * 60 // 200)
    assert editor.chips[next(iter(editor.chips))].text().startswith("✓")


def test_focus_target_selects_the_mismatched_date(qtbot, editor, release) -> None:
    editor.load(release)
    qtbot.keyClicks(editor.lead, "Rapat digelar Rabu (28/11).")
    editor.focus_target("lead#14-26")
    assert editor.lead.hasFocus()
    assert editor.lead.textCursor().selectedText() == "Rabu (28/11)"
    editor.focus_target("quotes")
    assert editor.quotes.add_button.hasFocus()
    editor.focus_target("contacts:0")
    assert editor.contacts.rows()[0].phone.hasFocus() is False
    assert editor.contacts.rows()[0].name.hasFocus()


def test_insert_quote_punctuation(qtbot, editor, release) -> None:
    editor.load(release)
    qtbot.keyClicks(editor.body, "Paragraf pertama isi.")
    editor.insert_quote(Quote("Muhammad Basli Ali", "Bupati Kepulauan Selayar",
                              "pasar ini milik warga."), "kata")
    body = editor.current_release().body
    assert [b.text for b in body[1:]] == [
        "Paragraf pertama isi.",
        "“Pasar ini milik warga,” kata Bupati Kepulauan Selayar Muhammad Basli Ali.",
    ]
    editor.body.undo()  # one undo step removes the inserted quote
    assert editor.body.toPlainText() == "Paragraf pertama isi."


def test_quote_row_insert_button(qtbot, editor, release) -> None:
    editor.load(replace(release, quotes=(Quote("Andi", "Camat Benteng", "Kami siap!"),)))
    row = editor.quotes.rows()[0]
    row.verb.setCurrentText("ujar")
    for button in row.findChildren(type(editor.quotes.add_button)):
        if button.text() == "Sisipkan ke isi berita":
            button.click()
    assert editor.body.toPlainText() == "“Kami siap!” ujar Camat Benteng Andi."


def test_undo_is_per_field(qtbot, editor, release) -> None:
    editor.load(release)
    qtbot.keyClicks(editor.title, "Judul")
    qtbot.keyClicks(editor.body, "Isi")
    editor.title.undo()
    assert editor.title.text() == "" and editor.body.toPlainText() == "Isi"
    assert not editor.lead.document().isUndoAvailable()  # loading is not an undo step


@pytest.mark.parametrize("bad", ["045/HUMAS/XI/2023", ""])
def test_number_hint(qtbot, editor, release, bad) -> None:
    editor.load(replace(release, number=bad))
    assert "HUMAS-DKISP" in editor.number_hint.text()
    editor.number.setText("047/HUMAS-DKISP/XI/2023")
    qtbot.waitUntil(lambda: editor.number_hint.text().startswith("✓"), timeout=1000)


def test_release_without_lead_keeps_body(qtbot, editor, archive, release) -> None:
    body = (Block.plain("satu", BlockKind.BULLET), Block.plain("Paragraf."))
    editor.load(replace(release, body=body))
    assert editor.lead.toPlainText() == ""
    assert editor.current_release().body == (Block(), *body)
    qtbot.keyClicks(editor.lead, "Teras baru")
    assert editor.current_release().body == (Block.plain("Teras baru"), *body)


def test_photo_without_archive_file_still_loads(editor, release) -> None:
    editor.load(replace(release, photos=(Photo("f" * 64, "hilang.jpg", "Ket"),)))
    row = editor.photos.rows()[0]
    assert row.photo() == Photo("f" * 64, "hilang.jpg", "Ket")
    assert row.thumb.text()  # "no preview" instead of an empty box


def test_contacts_editing(qtbot, editor, release) -> None:
    editor.load(release)
    editor.contacts.add_button.click()
    row = editor.contacts.rows()[1]
    qtbot.keyClicks(row.name, "Sitti")
    qtbot.keyClicks(row.phone, "0813")
    assert editor.current_release().contacts[1] == ContactPerson("Sitti", "", "0813", "")
    editor.contacts.rows()[0].remove_requested.emit(editor.contacts.rows()[0])
    assert editor.current_release().contacts == (ContactPerson("Sitti", "", "0813", ""),)


def test_typing_during_background_save_stays_dirty(qtbot, editor, archive, release) -> None:
    editor.autosave_delay_ms = 50
    editor.load(release)
    # The save thread takes one task at a time: a task waiting on `gate` ahead of the autosave
    # holds the save "on its way" for as long as the test needs, like a slow office disk.
    gate = threading.Event()
    editor._saver.submit(gate.wait, 10)
    try:
        qtbot.keyClicks(editor.title, "Satu")
        qtbot.waitUntil(lambda: editor._inflight is not None, timeout=2000)
        qtbot.keyClicks(editor.title, " dua")  # typed while the first save is on its way
        assert editor.is_dirty()
        with qtbot.waitSignal(editor.saved, timeout=5000) as first:
            gate.set()
        assert first.args[0].title == "Satu"  # the save that was under way...
        assert editor.is_dirty()  # ...did not hold " dua": still unsaved
    finally:
        gate.set()
    _wait_saved(qtbot, archive, release, lambda r: r.title == "Satu dua")
    try:
        qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=2000)
    except Exception:
        raise AssertionError((editor.autosave_state, editor._inflight, editor._dirty,
                              editor._edits, editor._autosave_timer.isActive())) from None
    assert editor.current_release().revision == _stored(archive, release).revision


def test_failed_save_keeps_text_in_journal_and_retries(qtbot, editor, archive, release) -> None:
    editor.set_archive(archive, underlines=False)  # no checker thread reading the archive
    editor.autosave_delay_ms = 50
    editor.load(release)
    archive.close()  # the archive file is taken away under the open program
    db = archive.db_path
    moved = [(p, p.with_name(p.name + ".away")) for p in db.parent.glob(db.name + "*")]
    for path, away in moved:
        path.rename(away)
    try:
        qtbot.keyClicks(editor.title, "Tetap aman")
        try:
            qtbot.waitUntil(lambda: editor.autosave_state.startswith("Gagal menyimpan"),
                            timeout=3000)
        except Exception:
            raise AssertionError((editor.autosave_state, editor._inflight, editor._dirty,
                                  editor._edits, editor._autosave_timer.isActive(),
                                  list(db.parent.iterdir()))) from None
        assert editor.is_dirty()
        editor._journal.flush()
        [recovery] = pending_recoveries(archive.data_dir)
        assert recovery.release.title == "Tetap aman"
    finally:
        archive.close()
        for path in db.parent.glob(db.name + "*"):
            if not path.name.endswith(".away"):
                path.unlink()
        for path, away in moved:
            away.rename(path)
    qtbot.keyClicks(editor.title, "!")
    _wait_saved(qtbot, archive, release, lambda r: r.title == "Tetap aman!")
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=2000)
    editor._journal.flush()
    assert pending_recoveries(archive.data_dir) == []


def test_guidance_can_be_hidden_and_is_remembered(qtbot, editor, archive, release) -> None:
    editor.load(release)
    assert editor.sections["lead"].tip.isVisible()
    editor.tips_button.click()
    assert not editor.sections["lead"].tip.isVisible()
    assert archive.setting("editor.show_tips") is False
    second = ReleaseEditor()
    qtbot.addWidget(second)
    second.set_archive(archive, underlines=False)
    second.load(release)
    second.show()
    assert not second.tips_button.isChecked() and not second.sections["lead"].tip.isVisible()
    second.tips_button.click()
    assert second.sections["lead"].tip.isVisible()
    second._shutdown()


def _png(path, colour="tomato"):
    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor(colour))
    assert img.save(str(path))
    return path


def test_photo_files_dropped_on_photo_list(qtbot, editor, archive, release, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    editor.load(release)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_png(tmp_path / "a.png"))),
                  QUrl.fromLocalFile(str(tmp_path / "catatan.txt"))])
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.photos.dropEvent(event)
    assert [p.file_name for p in editor.current_release().photos] == ["a.png"]
    assert editor.is_dirty()


def test_image_pasted_into_body_becomes_a_photo(qtbot, editor, archive, release,
                                                tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    editor.load(release)
    qtbot.keyClicks(editor.body, "Teks tetap.")
    mime = QMimeData()
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    mime.setImageData(image)
    editor.body.insertFromMimeData(mime)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_png(tmp_path / "b.jpg.png", "navy")))])
    editor.body.insertFromMimeData(mime)
    release_now = editor.current_release()
    assert editor.body.toPlainText() == "Teks tetap."  # no file path or picture in the text
    names = [p.file_name for p in release_now.photos]
    assert names[0].startswith("tempelan-") and names[1] == "b.jpg.png"
    assert all(archive.photo_path(p.sha256).exists() for p in release_now.photos)


def test_focus_targets_for_every_checklist_field(qtbot, editor, release) -> None:
    editor.load(replace(release, photos=(Photo("f" * 64, "x.jpg"),)))
    for target, widget in [("title", editor.title), ("dateline", editor.date),
                           ("number", editor.number), ("photos:0",
                                                       editor.photos.rows()[0].caption),
                           ("about", editor.about), ("body", editor.body)]:
        editor.focus_target(target)
        assert widget.hasFocus(), target
    editor.focus_target("tidak-ada")  # unknown targets are ignored


@pytest.mark.parametrize("template_id", ["kegiatan", "kebijakan", "capaian", "layanan",
                                         "klarifikasi", "bencana"])
def test_each_template_guides_the_editor(qtbot, editor, archive, template_id) -> None:
    from humas_desktop.model.templates import get_template

    template = get_template(template_id)
    release = archive.save(template.new_release(PROFILE, date(2023, 12, 4), 50))
    editor.load(release)
    assert editor.category.currentData() == template.category
    for field, widget in (("title", editor.title), ("lead", editor.lead)):
        assert widget.placeholderText().startswith(template.section(field).placeholder[:20])
    assert editor.sections["contacts"].tip.text() == template.section("contacts").tip
    suggestions = [b.text() for b in editor.tag_suggestions.findChildren(type(editor.tips_button))]
    assert suggestions == [f"+ {tag}" for tag in template.suggested_tags]
    required = {i.id for i in editor.checklist_items() if not i.ok}
    assert "title" in required and "lead_length" in required


WHATSAPP_RELEASE = (
    "*Bupati Resmikan Pasar Rakyat*\n"
    "BENTENG – Bupati Kepulauan Selayar meresmikan Pasar Rakyat Benteng, Selasa (28/11).\n"
    "Pasar menampung _240_ pedagang.\n"
    "- los baru\n"
)


def test_whole_release_pasted_into_empty_body_fills_lead(qtbot, editor, release) -> None:
    from PySide6.QtCore import QMimeData

    editor.load(replace(release, dateline_city=""))
    mime = QMimeData()
    mime.setText(WHATSAPP_RELEASE)
    editor.body.insertFromMimeData(mime)
    assert editor.city.text() == "BENTENG"
    assert editor.title.text() == "Bupati Resmikan Pasar Rakyat"
    body = editor.current_release().body
    assert [b.text for b in body] == [
        "Bupati Kepulauan Selayar meresmikan Pasar Rakyat Benteng, Selasa (28/11).",
        "Pasar menampung 240 pedagang.", "los baru"]
    assert body[2].kind is BlockKind.BULLET
    assert body[1].runs[1] == Run("240", italic=True)
    # nothing moves silently: the editor says where the first paragraph and the rest went
    assert editor.paste_note.isVisible()
    assert editor.paste_note.text() == (
        "Paragraf pertama dipindahkan ke Teras berita (lead). "
        "Dari tempelan juga diisi: kota dateline, judul.")
    qtbot.wait(10)
    qtbot.keyClicks(editor.body, "x")  # the next edit: the note has done its job
    assert not editor.paste_note.isVisible()


def test_paste_note_is_also_a_notice_signal(qtbot, editor, release) -> None:
    from PySide6.QtCore import QMimeData

    editor.load(release)
    mime = QMimeData()
    mime.setText("Paragraf satu tentang pasar.\nParagraf dua tentang pedagang.")
    with qtbot.waitSignal(editor.notice) as blocker:
        editor.body.insertFromMimeData(mime)
    assert blocker.args == ["Paragraf pertama dipindahkan ke Teras berita (lead)."]
    assert editor.lead.toPlainText() == "Paragraf satu tentang pasar."
    editor.load(release)  # another release: the note is about the one before
    assert not editor.paste_note.isVisible()


@pytest.mark.parametrize(("status", "first"), [
    ("published", "Rilis ini sudah terbit."),
    ("archived", "Rilis ini sudah terbit dan diarsipkan."),
])
def test_published_release_shows_a_banner(qtbot, editor, archive, release, status,
                                          first) -> None:
    from humas_desktop.model.workflow import Status

    stored = release
    for step in (Status.REVIEW, Status.APPROVED, Status.PUBLISHED, Status.ARCHIVED):
        stored = archive.save(stored.with_status(step))
        if step == Status(status):
            break
    editor.load(stored)
    banner = editor.published_banner
    assert banner.isVisible() and editor.isEnabled()  # editing stays possible, no dialog
    assert banner.text() == (first + " Perubahan disimpan sebagai revisi baru; beri tahu "
                             "media jika isinya berubah.")
    assert banner.geometry().bottom() <= editor.scroll.geometry().top()  # above the page
    editor.load(release)  # a draft
    assert not banner.isVisible()


def test_paste_into_lead_strips_dateline_and_spills_into_body(qtbot, editor, release) -> None:
    from PySide6.QtCore import QMimeData

    editor.load(release)  # the city is already BENTENG: it stays
    mime = QMimeData()
    mime.setText("MAKASSAR – Gubernur membuka rapat, Senin (27/11).\nParagraf kedua.")
    editor.lead.insertFromMimeData(mime)
    assert editor.city.text() == "BENTENG"
    assert editor.lead.toPlainText() == "Gubernur membuka rapat, Senin (27/11)."
    assert editor.body.toPlainText() == "Paragraf kedua."
    # a second paste into a lead that has text is left alone
    mime.setText("JAKARTA – lagi")
    editor.lead.insertFromMimeData(mime)
    assert editor.lead.toPlainText().endswith("JAKARTA – lagi")


def test_tab_walks_rows_in_page_order(qtbot, editor, release) -> None:
    editor.load(replace(release, quotes=(Quote("A", "B", "C"),)))
    editor.quotes.add_button.click()
    qtbot.wait(10)
    rows = editor.quotes.rows()
    wanted = [editor.body, rows[0].speaker, rows[0].text, rows[1].speaker,
              editor.quotes.add_button, editor.about, editor.number]
    seen, widget = [], editor.body
    for _ in range(400):
        if widget in wanted and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == wanted


def test_settings_changed_rereads_office_profile(qtbot, editor, archive, release) -> None:
    editor.load(release)
    lists = []
    editor.checklist_changed.connect(lists.append)
    archive.save_office_profile(replace(PROFILE, number_pattern="{no}/DKISP/{bulan}/{tahun}"))
    editor.settings_changed()
    number = {i.id: i for i in lists[-1]}["number"]
    assert not number.ok and "045/DKISP/XI/2023" in number.message


def test_published_banner_in_english(qtbot, qapp, editor, archive, release) -> None:
    from humas_desktop.model.workflow import Status
    from humas_desktop.ui import app as gui_app

    stored = release
    for step in (Status.REVIEW, Status.APPROVED, Status.PUBLISHED):
        stored = archive.save(stored.with_status(step))
    gui_app.install_language(qapp, "en")
    try:
        editor.load(stored)
        assert editor.published_banner.text() == (
            "This release has been published. Changes are saved as a new revision; tell the "
            "media if the content changes.")
    finally:
        gui_app.install_language(qapp, "id")
