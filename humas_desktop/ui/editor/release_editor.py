"""The guided release editor: one scrolling page with every section of a siaran pers.

It turns typing into a Release and never loses it: every change restarts a 2-second autosave
timer and a 300 ms recovery-journal timer; focus leaving the editor, the application going to
the background, switching releases and closing save at once. Each save is an archive revision.
The checklist, word count and 5W+1H chips are recomputed on a short timer so typing never waits.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QEvent,
    QIODevice,
    QLocale,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive.journal import JournalWriter
from humas_desktop.checks.fixes import safe_findings, safe_fix
from humas_desktop.errors import HumasError
from humas_desktop.model.completeness import (
    MAX_HEADLINE_CHARS,
    ChecklistItem,
    checklist,
    headline_chars,
    reading_seconds,
    release_word_count,
)
from humas_desktop.model.dates import news_date
from humas_desktop.model.lead import W, analyse_lead
from humas_desktop.model.office import OfficeProfile, format_number, number_matches
from humas_desktop.model.paste import PastedRelease, split_pasted_release
from humas_desktop.model.quotes import format_quote
from humas_desktop.model.release import Block, ContactPerson, Photo, Quote, Release, Run
from humas_desktop.model.templates import ReleaseTemplate, get_template, load_templates
from humas_desktop.ui.editor.document import (
    blocks_from_document,
    fill_document,
    insert_blocks,
    trim_blocks,
)
from humas_desktop.ui.editor.flow_layout import FlowLayout
from humas_desktop.ui.editor.sections import (
    ContactRow,
    PhotoList,
    PhotoRow,
    PlainTextEdit,
    QuoteRow,
    RowList,
)
from humas_desktop.ui.editor.text_edits import LineTextEdit, RichTextEdit
from humas_desktop.ui.editor.underlines import (
    CheckHighlighter,
    CheckService,
    Underlines,
    add_finding_actions,
    replace_range,
    replace_ranges,
    use_indonesian_menu,
)

log = logging.getLogger(__name__)

AUTOSAVE_MS = 2000
JOURNAL_MS = 300
ANALYSIS_MS = 150
NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "—": no date chosen yet
CONTENT_MAX_WIDTH = 860
TIPS_KEY = "editor.show_tips"


class Section(QFrame):
    """A heading, the template's tip and the section's widgets."""

    def __init__(self, field: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        header = QHBoxLayout()
        self.heading = QLabel(title, self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.heading.setFont(font)
        header.addWidget(self.heading)
        header.addStretch(1)
        self.header = header
        layout.addLayout(header)
        self.tip = QLabel(self)
        self.tip.setWordWrap(True)
        self.tip.setTextFormat(Qt.TextFormat.PlainText)
        self.tip.setForegroundRole(self.tip.foregroundRole())
        self.tip.setEnabled(False)  # the palette's "disabled" text: quieter, legible in dark mode
        self.tip.hide()
        layout.addWidget(self.tip)
        self.body = layout

    show_tips = True  # shared by all sections: the officer hides guidance once learnt

    def set_tip(self, text: str) -> None:
        self.tip.setText(text)
        self.tip.setVisible(bool(text) and Section.show_tips)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget


class ReleaseEditor(QWidget):
    saved = Signal(object)
    dirty_changed = Signal(bool)
    stats_changed = Signal(int, int, int)
    checklist_changed = Signal(list)
    autosave_state_changed = Signal(str)
    _save_finished = Signal(object)  # from the save thread
    # [(target, Finding)] with target "field#start-end" for focus_target(); for a findings panel
    findings_changed = Signal(list)
    finding_selected = Signal(str)  # F7 selected this finding's target in the text
    release_loaded = Signal(str)  # the id of the release now shown
    edited = Signal()  # the officer changed something (typing, a fix, a row added)
    notice = Signal(str)  # a short note for a status bar (also shown in the editor itself)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = None
        self._journal: JournalWriter | None = None
        self._release: Release | None = None
        self._profile = OfficeProfile()
        self._template: ReleaseTemplate | None = None
        self._dirty = False
        self._loading = False
        self._paste_note_armed = False
        self.autosave_state = ""
        self.autosave_delay_ms = AUTOSAVE_MS
        self.last_save_seconds = 0.0
        self.underlines: Underlines | None = None
        self._edits = 0  # counts edits, so a background save knows if typing went on
        self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="humas-save")
        self._inflight: tuple[Future, int] | None = None  # type: ignore[type-arg]
        self._save_finished.connect(self._on_save_finished, Qt.ConnectionType.QueuedConnection)

        self._autosave_timer = self._timer(self._autosave)
        self._journal_timer = self._timer(self._write_journal)
        self._analysis_timer = self._timer(self._analyse)
        self._findings_timer = self._timer(self._emit_findings)
        self._tab_timer = self._timer(self._fix_tab_order)

        self._build()
        self._connect_changes()
        self.setEnabled(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            app.applicationStateChanged.connect(self._application_state)
            app.aboutToQuit.connect(self._shutdown)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.scroll.widget():
            minimum = self.scroll.widget().minimumSizeHint().width()
            if minimum != self._page_minimum:  # a quote row came, the font changed…
                self._page_minimum = minimum
                self.updateGeometry()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def minimumSizeHint(self) -> QSize:
        """As narrow as the page can be with everything still in view (fields, counters and
        buttons shrink and wrap down to this), plus the vertical scroll bar: a QSplitter
        cannot squeeze the editor further and cut its right edge off."""
        page = self.scroll.widget().minimumSizeHint().width()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self.scroll.frameWidth()
        margins = self.contentsMargins()
        return QSize(page + bar + frame + margins.left() + margins.right(),
                     super().minimumSizeHint().height())

    def _timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # no fixed minimumSize from the layout (set once while the editor is a window of its
        # own, it would outrank minimumSizeHint() in a splitter); minimumSizeHint() decides
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setSpacing(0)
        # a published release: editing it is allowed, but the officer should know what it means
        self.published_banner = QLabel(self)
        self.published_banner.setWordWrap(True)
        self.published_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.published_banner.setAccessibleName(self.tr("Peringatan rilis terbit"))
        self.published_banner.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3d3000; border-bottom: 1px solid #e3c766;"
            " padding: 5px 12px; }")
        self.published_banner.hide()
        outer.addWidget(self.published_banner)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # minimumSizeHint() keeps the editor wide enough for its page; should something still
        # not fit (huge fonts), a scroll bar beats cutting the right edge off
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer.addWidget(self.scroll)
        holder = QWidget(self.scroll)
        row = QHBoxLayout(holder)
        row.setContentsMargins(12, 6, 12, 12)
        page = QWidget(holder)
        page.setMaximumWidth(CONTENT_MAX_WIDTH)
        row.addStretch(0)
        row.addWidget(page, 1)
        row.addStretch(0)
        self.page = page
        self.scroll.setWidget(holder)
        self._page_minimum = -1
        holder.installEventFilter(self)  # its minimum width changes: tell the splitter
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.sections: dict[str, Section] = {}

        top = QHBoxLayout()
        top.addStretch(1)
        self.tips_button = QToolButton(page)
        self.tips_button.setText(self.tr("Panduan"))
        self.tips_button.setCheckable(True)
        self.tips_button.setChecked(True)
        self.tips_button.setToolTip(self.tr("Tampilkan atau sembunyikan panduan templat"))
        self.tips_button.setAccessibleName(self.tr("Panduan templat"))
        self.tips_button.toggled.connect(self.set_tips_visible)
        top.addWidget(self.tips_button)
        layout.addLayout(top)

        def section(field: str, title: str) -> Section:
            s = Section(field, title, page)
            self.sections[field] = s
            layout.addWidget(s)
            return s

        # judul
        s = section("title", self.tr("Judul"))
        self.title = LineTextEdit(s)
        self._describe(self.title, self.tr("Judul siaran pers"),
                       self.tr("Judul singkat dan aktif, paling banyak 100 karakter"))
        self.title_counter = QLabel(s)
        self.title_counter.setAccessibleName(self.tr("Jumlah karakter judul"))
        s.header.addWidget(self.title_counter)
        s.add(self.title)
        # subjudul
        s = section("subtitle", self.tr("Subjudul"))
        self.subtitle = LineTextEdit(s)
        self._describe(self.subtitle, self.tr("Subjudul"), self.tr("Subjudul (boleh kosong)"))
        s.add(self.subtitle)
        # dateline
        s = section("dateline", self.tr("Dateline"))
        line = QWidget(s)
        h = QHBoxLayout(line)
        h.setContentsMargins(0, 0, 0, 0)
        self.city = QLineEdit(line)
        self._describe(self.city, self.tr("Kota dateline"),
                       self.tr("Kota tempat siaran pers dibuat, mis. MAKASSAR"))
        self.city.setPlaceholderText(self.tr("Kota, mis. MAKASSAR"))
        self.date = QDateEdit(line)
        self.date.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("— pilih tanggal —"))
        self._describe(self.date, self.tr("Tanggal siaran pers"),
                       self.tr("Tanggal siaran pers; hari ditulis di berita sebagai "
                               "Selasa (28/11)"))
        self.date_hint = QLabel(line)
        self.date_hint.setWordWrap(True)  # "Di berita:" above "Selasa (28/11)" when narrow
        self.date_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.date_hint.setToolTip(self.tr("Penulisan tanggal gaya berita untuk teras berita"))
        h.addWidget(self.city, 2)
        h.addWidget(self.date, 3)
        h.addWidget(self.date_hint, 2)
        s.add(line)
        # lead
        s = section("lead", self.tr("Teras berita (lead)"))
        self.dateline_preview = QLabel(s)
        self.dateline_preview.setAccessibleName(self.tr("Pratinjau dateline"))
        self.dateline_preview.setToolTip(self.tr(
            "Dateline ditulis otomatis di awal paragraf pertama saat ekspor"))
        font = self.dateline_preview.font()
        font.setBold(True)
        self.dateline_preview.setFont(font)
        lead_row = QWidget(s)
        lh = QHBoxLayout(lead_row)
        lh.setContentsMargins(0, 0, 0, 0)
        lh.addWidget(self.dateline_preview, 0, Qt.AlignmentFlag.AlignTop)
        self.lead = RichTextEdit(lead_row, single_paragraph=True, min_lines=3)
        self._describe(self.lead, self.tr("Teras berita"),
                       self.tr("Paragraf pertama: apa, siapa, kapan, di mana, mengapa, "
                               "bagaimana — 25 sampai 40 kata"))
        lh.addWidget(self.lead, 1)
        s.add(lead_row)
        chips = QWidget(s)
        ch = FlowLayout(chips, spacing=6)  # the chips wrap onto a second line when narrow
        ch.addWidget(QLabel(self.tr("5W+1H:"), chips))
        self.chips: dict[W, QLabel] = {}
        for w in W:
            chip = QLabel(chips)
            chip.setFrameShape(QFrame.Shape.StyledPanel)
            chip.setMargin(2)
            chip.setAccessibleName(self.tr("Teras menjawab: {w}").format(w=self._w_label(w)))
            self.chips[w] = chip
            ch.addWidget(chip)
        self.lead_words = QLabel(chips)
        ch.addWidget(self.lead_words)
        s.add(chips)
        self.paste_note = QLabel(s)  # says where a pasted release went (goes on typing)
        self.paste_note.setWordWrap(True)
        self.paste_note.setTextFormat(Qt.TextFormat.PlainText)
        font = self.paste_note.font()
        font.setItalic(True)
        self.paste_note.setFont(font)
        self.paste_note.hide()
        s.add(self.paste_note)
        # body
        s = section("body", self.tr("Isi berita"))
        self.bold_button = self._tool(s, "B", self.tr("Tebal (Ctrl+B)"), self._toggle_bold)
        f = self.bold_button.font()
        f.setBold(True)
        self.bold_button.setFont(f)
        self.italic_button = self._tool(s, "I", self.tr("Miring (Ctrl+I)"), self._toggle_italic)
        f = self.italic_button.font()
        f.setItalic(True)
        self.italic_button.setFont(f)
        self.bullet_button = self._tool(s, "• ≡", self.tr("Daftar berbutir"),
                                        self._toggle_bullets)
        for button in (self.bold_button, self.italic_button, self.bullet_button):
            button.setCheckable(True)
            s.header.addWidget(button)
        self.body = RichTextEdit(s, min_lines=8)
        self._describe(self.body, self.tr("Isi berita"),
                       self.tr("Isi berita setelah teras: piramida terbalik, paragraf pendek"))
        s.add(self.body)
        self._last_rich = self.body
        # quotes
        s = section("quotes", self.tr("Kutipan"))
        self.quotes = RowList(self.tr("+ Tambah kutipan"), s)
        self.quotes.add_button.setToolTip(self.tr("Tambah kutipan narasumber"))
        self.quotes.add_button.clicked.connect(lambda: self._add_quote(Quote("", "", ""), True))
        s.add(self.quotes)
        # photos
        s = section("photos", self.tr("Foto"))
        self.photos = PhotoList(self.tr("+ Tambah foto…"), s)
        self.photos.add_button.setToolTip(self.tr("Pilih berkas foto dari komputer"))
        self.photos.add_button.clicked.connect(self._choose_photo)
        self.photos.files_dropped.connect(self.add_photo_files)
        s.add(self.photos)
        # contacts
        s = section("contacts", self.tr("Narahubung"))
        self.contacts = RowList(self.tr("+ Tambah narahubung"), s)
        self.contacts.add_button.clicked.connect(
            lambda: self._add_contact(ContactPerson(""), True))
        s.add(self.contacts)
        # about
        s = section("about", self.tr("Tentang instansi"))
        self.about = PlainTextEdit(s, min_lines=3)
        self._describe(self.about, self.tr("Tentang instansi"),
                       self.tr("Paragraf baku \"Tentang\" di akhir siaran pers"))
        s.add(self.about)
        # tags and category
        s = section("tags", self.tr("Label dan kategori"))
        tag_row = QWidget(s)
        th = QHBoxLayout(tag_row)
        th.setContentsMargins(0, 0, 0, 0)
        self.category = QComboBox(tag_row)
        self._describe(self.category, self.tr("Kategori"), self.tr("Jenis siaran pers"))
        for template in load_templates():
            self.category.addItem(template.label(), template.category)
        self.tags = QLineEdit(tag_row)
        self._describe(self.tags, self.tr("Label"),
                       self.tr("Label dipisah koma, mis. rapat koordinasi, stunting"))
        self.tags.setPlaceholderText(self.tr("Label dipisah koma"))
        th.addWidget(self.category, 1)
        th.addWidget(self.tags, 2)
        s.add(tag_row)
        self.tag_suggestions = QWidget(s)
        self.tag_suggestions_layout = FlowLayout(self.tag_suggestions, spacing=2)
        s.add(self.tag_suggestions)
        # number
        s = section("number", self.tr("Nomor siaran pers"))
        num_row = QWidget(s)
        nh = QHBoxLayout(num_row)
        nh.setContentsMargins(0, 0, 0, 0)
        self.number = QLineEdit(num_row)
        self._describe(self.number, self.tr("Nomor siaran pers"),
                       self.tr("Nomor menurut pola kantor"))
        self.number_hint = QLabel(num_row)
        self.number_hint.setWordWrap(True)
        nh.addWidget(self.number, 1)
        nh.addWidget(self.number_hint, 1)
        s.add(num_row)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Penyunting siaran pers"))
        buddies = {"title": self.title, "subtitle": self.subtitle, "dateline": self.city,
                   "lead": self.lead, "body": self.body, "about": self.about,
                   "tags": self.tags, "number": self.number}
        for field, widget in buddies.items():
            self.sections[field].heading.setBuddy(widget)  # screen readers name the field
        for line in (self.city, self.tags, self.number, self.date.lineEdit()):
            use_indonesian_menu(line)

    def _describe(self, widget: QWidget, name: str, tip: str) -> None:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)
        if hasattr(widget, "setPlaceholderText"):
            widget.setPlaceholderText(tip)

    def _tool(self, parent: QWidget, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(parent)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the cursor in the text
        button.clicked.connect(slot)
        return button

    def _w_label(self, w: W) -> str:
        labels = {
            W.APA: self.tr("apa"), W.SIAPA: self.tr("siapa"), W.KAPAN: self.tr("kapan"),
            W.DI_MANA: self.tr("di mana"), W.MENGAPA: self.tr("mengapa"),
            W.BAGAIMANA: self.tr("bagaimana"),
        }
        return labels[w]

    def _connect_changes(self) -> None:
        for edit in (self.title, self.subtitle, self.lead, self.body, self.about):
            edit.textChanged.connect(self._changed)
        for line in (self.city, self.tags, self.number):
            line.textChanged.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        for rows in (self.quotes, self.photos, self.contacts):
            rows.changed.connect(self._changed)
            rows.rows_changed.connect(self._tab_order_later)
        self.title.enter_pressed.connect(self.subtitle.setFocus)
        self.subtitle.enter_pressed.connect(self.city.setFocus)
        self.lead.enter_pressed.connect(self._lead_enter)
        self.lead.paste_filter = self._paste_into_lead
        self.body.paste_filter = self._paste_into_body
        for rich in (self.lead, self.body):
            rich.photos_offered.connect(self.add_offered_photos)
        for rich in (self.lead, self.body):
            rich.format_changed.connect(self._sync_format_buttons)
            rich.cursorPositionChanged.connect(self._follow_cursor)
        for edit in (self.title, self.subtitle, self.about):
            edit.cursorPositionChanged.connect(self._follow_cursor)

    # -- public API ---------------------------------------------------------------------------
    def set_archive(self, archive: object, *, underlines: bool = True,
                    checker_factory: object | None = None) -> None:
        """Use `archive` for saving, photos and the office profile; start the checker."""
        if self._journal is not None:
            self._journal.close()
        if self.underlines is not None:
            self.underlines.detach()
            self.underlines = None
        self.archive = archive
        self._journal = JournalWriter(archive.data_dir)  # type: ignore[attr-defined]
        self._profile = self._office_profile()
        with contextlib.suppress(HumasError):
            self.set_tips_visible(bool(archive.setting(TIPS_KEY, True)))  # type: ignore
        if underlines:
            service = CheckService(archive, self, checker_factory)  # type: ignore[arg-type]
            edits = {**self.text_edits(), "about": self.about}
            self.underlines = Underlines(edits, service, self)  # type: ignore[arg-type]
            service.ready.connect(self._emit_findings_later)
            service.reset.connect(self._emit_findings_later)

    def load(self, release: Release) -> None:
        """Show `release`; unsaved changes to the release shown before are saved first."""
        self._save(interactive=False)  # also waits for a background save still on its way
        self._profile = self._office_profile()
        self._release = release
        self._loading = True
        try:
            self._fill(release)
        finally:
            self._loading = False
        self._set_dirty(False)
        self.setEnabled(True)
        self._set_state("")
        self._show_status_banner(release)
        self.paste_note.hide()
        if self.underlines is not None:
            self.underlines.set_year(release.release_date.year if release.release_date else None)
        self.release_loaded.emit(release.id)
        self._analyse()

    def _show_status_banner(self, release: Release) -> None:
        from humas_desktop.model.workflow import Status

        if release.status == Status.PUBLISHED:
            first = self.tr("Rilis ini sudah terbit.")
        elif release.status == Status.ARCHIVED:
            first = self.tr("Rilis ini sudah terbit dan diarsipkan.")
        else:
            self.published_banner.hide()
            return
        self.published_banner.setText(first + " " + self.tr(
            "Perubahan disimpan sebagai revisi baru; beri tahu media jika isinya berubah."))
        self.published_banner.show()

    def load_recovered(self, recovered: Release) -> None:
        """Show text rescued from the recovery journal and save it as a new revision.

        The journal copy carries the revision it was typed on; the archive may have moved on,
        so the stored bookkeeping (revision, status, deleted) is kept and the text replaced.
        """
        base = recovered
        if self.archive is not None:
            try:
                stored = self.archive.get(recovered.id, include_deleted=True)
                base = replace(recovered, revision=stored.revision, status=stored.status,
                               deleted=stored.deleted, updated_at=stored.updated_at)
            except HumasError:
                base = recovered  # never saved before the crash: a new release
        self.load(base)
        self._set_dirty(True)
        self._save(interactive=True)

    def current_release(self) -> Release:
        """The release as shown, built on the one loaded (ids, status, dates kept)."""
        if self._release is None:
            raise RuntimeError("no release loaded")
        lead = trim_blocks(blocks_from_document(self.lead.document()))
        lead_runs = tuple(run for i, block in enumerate(lead)
                          for run in ((*block.runs,) if i == 0 else (_space(), *block.runs)))
        body = trim_blocks(blocks_from_document(self.body.document()))
        blocks: list[Block] = []
        if lead_runs or body:
            blocks.append(Block(lead_runs))  # the lead is always the first block, even if empty
        blocks += body
        qdate = self.date.date()
        return replace(
            self._release,
            title=_one_line(self.title.text()),
            subtitle=_one_line(self.subtitle.text()),
            dateline_city=self.city.text().strip(),
            release_date=None if qdate == NO_DATE else date(qdate.year(), qdate.month(),
                                                             qdate.day()),
            number=self.number.text().strip(),
            body=tuple(blocks),
            quotes=tuple(q for q in (r.quote() for r in self.quotes.rows())  # type: ignore
                         if q.text or q.speaker or q.position),
            contacts=tuple(c for c in (r.contact() for r in self.contacts.rows())  # type: ignore
                           if c.name or c.phone or c.email or c.position),
            photos=tuple(r.photo() for r in self.photos.rows()),  # type: ignore[attr-defined]
            about=self.about.text().strip(),
            tags=_tags(self.tags.text()),
            category=self.category.currentData() or "",
        )

    def checklist_items(self) -> list[ChecklistItem]:
        """The Kelengkapan checklist of the release as shown now."""
        if self._release is None:
            return []
        return checklist(self.current_release(), self._profile)

    def is_dirty(self) -> bool:
        return self._dirty

    def save_now(self) -> bool:
        """Save at once if anything changed; False if the archive refused (the user is told)."""
        return self._save(interactive=True)

    def release_id(self) -> str | None:
        return self._release.id if self._release is not None else None

    def text_edits(self) -> dict[str, QWidget]:
        """The text fields whose `document()` the checker may attach a highlighter to."""
        return {"title": self.title, "subtitle": self.subtitle, "lead": self.lead,
                "body": self.body}

    @Slot(str)
    def focus_target(self, target: str) -> None:
        """Jump to a checklist target: `field`, `field:index` or `field#start-end`."""
        field, _, rest = target.partition("#")
        field, _, index = field.partition(":")
        widget = self._target_widget(field, int(index) if index.isdigit() else None)
        if rest and index.isdigit() and field in ("quotes", "photos"):
            rows = (self.quotes if field == "quotes" else self.photos).rows()
            if int(index) < len(rows):  # a finding inside a quote text or a caption
                row = rows[int(index)]
                widget = row.text if field == "quotes" else row.caption  # type: ignore
        if widget is None:
            return
        section = self.sections.get(field)
        if section is not None:
            self.scroll.ensureWidgetVisible(section, 0, 0)
        self.scroll.ensureWidgetVisible(widget, 0, 40)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if rest and hasattr(widget, "select_range"):
            start, _, end = rest.partition("-")
            if start.isdigit() and end.isdigit():
                widget.select_range(int(start), int(end))

    def _target_widget(self, field: str, index: int | None) -> QWidget | None:
        simple = {"title": self.title, "subtitle": self.subtitle, "dateline": self.city,
                  "lead": self.lead, "body": self.body, "about": self.about, "tags": self.tags,
                  "number": self.number}
        if field in simple:
            if field == "dateline" and self.city.text().strip():
                return self.date
            return simple[field]
        lists = {"quotes": self.quotes, "photos": self.photos, "contacts": self.contacts}
        rows = lists.get(field)
        if rows is None:
            return None
        items = rows.rows()
        if index is not None and 0 <= index < len(items):
            return items[index].first_field()
        if items:
            return items[0].first_field()
        return rows.add_button

    # -- filling --------------------------------------------------------------------------------
    def _fill(self, release: Release) -> None:
        self._template = get_template(release.category) if release.category else None
        self.title.setText(release.title)
        self.subtitle.setText(release.subtitle)
        self.city.setText(release.dateline_city)
        d = release.release_date
        self.date.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
        lead, body = _split_lead(release.body)
        fill_document(self.lead.document(), [lead] if lead is not None else [])
        fill_document(self.body.document(), body)
        self.quotes.clear()
        for quote in release.quotes:
            self._add_quote(quote)
        self.photos.clear()
        for photo in release.photos:
            self._add_photo_row(photo)
        self.contacts.clear()
        for contact in release.contacts:
            self._add_contact(contact)
        self.about.setText(release.about)
        self.tags.setText(", ".join(release.tags))
        index = self.category.findData(release.category)
        if index < 0 and release.category:
            self.category.addItem(release.category, release.category)
            index = self.category.count() - 1
        self.category.setCurrentIndex(max(index, 0) if release.category else -1)
        self.number.setText(release.number)
        self._apply_template()
        self._fix_tab_order()
        self.scroll.verticalScrollBar().setValue(0)

    def _apply_template(self) -> None:
        template = self._template
        defaults = {
            "title": self.tr("Judul singkat dan aktif, paling banyak 100 karakter"),
            "subtitle": self.tr("Subjudul (boleh kosong)"),
            "lead": self.tr("Paragraf pertama: apa, siapa, kapan, di mana, mengapa, "
                            "bagaimana — 25 sampai 40 kata"),
            "body": self.tr("Isi berita setelah teras: piramida terbalik, paragraf pendek"),
        }
        widgets = {"title": self.title, "subtitle": self.subtitle, "lead": self.lead,
                   "body": self.body}
        outlines: dict[str, str] = {}
        for field, widget in widgets.items():
            placeholder = template.section(field).placeholder if template else ""
            lines = [line.strip() for line in placeholder.splitlines() if line.strip()]
            if len(lines) > 1:
                # Placeholders show one line only; a suggested outline goes with the tip.
                outlines[field] = self.tr("Susunan yang disarankan:") + "\n" + "\n".join(
                    f"• {line}" for line in lines)
                placeholder = lines[0] + " …"
            widget.setPlaceholderText(placeholder or defaults[field])
        for field, section in self.sections.items():
            tip = template.section(field).tip if template else ""
            if field in outlines:
                tip = f"{tip}\n{outlines[field]}" if tip else outlines[field]
            section.set_tip(tip)
        self._fill_tag_suggestions()

    def set_tips_visible(self, visible: bool) -> None:
        Section.show_tips = visible
        for section in self.sections.values():
            section.tip.setVisible(visible and bool(section.tip.text()))
        if self.tips_button.isChecked() != visible:
            self.tips_button.setChecked(visible)
        if self.archive is not None:
            try:
                if bool(self.archive.setting(TIPS_KEY, True)) != visible:
                    self.archive.set_setting(TIPS_KEY, visible)
            except HumasError:
                pass  # a preference is not worth a message box

    def _fill_tag_suggestions(self) -> None:
        layout = self.tag_suggestions_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if self._template is None:
            return
        layout.addWidget(QLabel(self.tr("Usulan:"), self.tag_suggestions))
        for tag in self._template.suggested_tags:
            button = QToolButton(self.tag_suggestions)
            button.setText(f"+ {tag}")
            button.setToolTip(self.tr("Tambahkan label \"{tag}\"").format(tag=tag))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, t=tag: self.add_tag(t))
            layout.addWidget(button)

    def add_tag(self, tag: str) -> None:
        tags = list(_tags(self.tags.text()))
        if tag.lower() not in (t.lower() for t in tags):
            tags.append(tag)
            self.tags.setText(", ".join(tags))

    def _add_quote(self, quote: Quote, focus: bool = False) -> None:
        row = QuoteRow(quote, self.quotes)
        row.insert_requested.connect(self.insert_quote)
        if self.underlines is not None:
            self.underlines.attach(row.text, "quotes")
        self.quotes.add_row(row)
        if focus:
            self._changed()
            QTimer.singleShot(0, lambda: self._focus_row(row))

    def _add_contact(self, contact: ContactPerson, focus: bool = False) -> None:
        row = ContactRow(contact, self.contacts)
        self.contacts.add_row(row)
        if focus:
            self._changed()
            QTimer.singleShot(0, lambda: self._focus_row(row))

    def _add_photo_row(self, photo: Photo) -> PhotoRow:
        path = None
        if self.archive is not None:
            try:
                path = self.archive.photo_path(photo.sha256)
            except (HumasError, OSError):
                path = None
        row = PhotoRow(photo, path, self.photos)
        if self.underlines is not None:
            self.underlines.attach(row.caption, "photos")
        self.photos.add_row(row)
        return row

    def _focus_row(self, row: QWidget) -> None:
        self.scroll.ensureWidgetVisible(row)
        row.first_field().setFocus()  # type: ignore[attr-defined]

    # -- actions --------------------------------------------------------------------------------
    @Slot(object, str)
    def insert_quote(self, quote: Quote, verb: str = "kata") -> None:
        """Put `quote` into the body as its own paragraph at the cursor, punctuated correctly."""
        if not quote.text.strip():
            return
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        if cursor.block().text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            insert_blocks(cursor, [Block(), Block.plain(format_quote(quote, verb))],
                          bullets=False)
        else:
            insert_blocks(cursor, [Block.plain(format_quote(quote, verb))], bullets=False)
        cursor.endEditBlock()
        self.body.setTextCursor(cursor)
        self.body.setFocus()
        self.scroll.ensureWidgetVisible(self.body)

    def _choose_photo(self) -> None:
        from humas_desktop.ui.dialogs import open_file

        path = open_file(self, self.tr("Tambah foto"),
                         self.tr("Gambar (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)"))
        if path is not None:
            self.add_photo_files([path])

    def add_photo_files(self, paths: list[Path]) -> None:
        if self.archive is None or self._release is None:
            return
        for path in paths:
            try:
                photo = self.archive.add_photo(Path(path))
            except HumasError as exc:
                from humas_desktop.ui.dialogs import show_error

                show_error(self, str(exc))
                continue
            row = self._add_photo_row(photo)
            self._changed()
            QTimer.singleShot(0, lambda r=row: self._focus_row(r))

    def add_offered_photos(self, items: list[object]) -> None:
        """Photos dropped or pasted into the text: files, or an image from the clipboard."""
        paths = [Path(item) for item in items if isinstance(item, (str, Path))]
        if paths:
            self.add_photo_files(paths)
        for item in items:
            if isinstance(item, QImage) and self.archive is not None and self._release:
                data = QByteArray()
                buffer = QBuffer(data)
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                item.save(buffer, "PNG")
                buffer.close()
                name = self.tr("tempelan-{time}.png").format(
                    time=datetime.now().strftime("%Y%m%d-%H%M%S"))
                try:
                    photo = self.archive.add_photo_bytes(bytes(data.data()), name)
                except HumasError as exc:
                    from humas_desktop.ui.dialogs import show_error

                    show_error(self, str(exc))
                    continue
                row = self._add_photo_row(photo)
                self._changed()
                QTimer.singleShot(0, lambda r=row: self._focus_row(r))

    # -- pasting a whole release ------------------------------------------------------------
    def _take_parts(self, pasted: PastedRelease) -> list[str]:
        """Fill the empty headline, subheadline and dateline city from a pasted release;
        the names of the fields filled."""
        filled = []
        if pasted.city and not self.city.text().strip():
            self.city.setText(pasted.city)
            filled.append(self.tr("kota dateline"))
        if pasted.title and not self.title.text().strip():
            self.title.setText(pasted.title)
            self._changed()
            filled.append(self.tr("judul"))
        if pasted.subtitle and not self.subtitle.text().strip():
            self.subtitle.setText(pasted.subtitle)
            self._changed()
            filled.append(self.tr("subjudul"))
        return filled

    def _say_pasted(self, moved: str, filled: list[str]) -> None:
        """Tell the officer where parts of a pasted release went: nothing moves silently."""
        also = self.tr("Dari tempelan juga diisi: {fields}.").format(
            fields=", ".join(filled)) if filled else ""
        text = " ".join(part for part in (moved, also) if part)
        self.paste_note.setText(text)
        self.paste_note.show()
        self.notice.emit(text)
        self._paste_note_armed = False
        # the paste itself is still being written; the next edit after it hides the note
        QTimer.singleShot(0, lambda: setattr(self, "_paste_note_armed", True))

    def _paste_into_lead(self, blocks: list[Block]) -> list[Block]:
        """Into an empty lead: headline and dateline go to their fields, further paragraphs
        to an empty body."""
        if self.lead.document().characterCount() > 1:
            return blocks
        pasted = split_pasted_release(blocks)
        if pasted.lead is None:
            return blocks
        filled = self._take_parts(pasted)
        if pasted.body and self.body.document().characterCount() <= 1:
            insert_blocks(QTextCursor(self.body.document()), pasted.body)
            self._say_pasted(self.tr("Paragraf berikutnya dipindahkan ke Isi berita."), filled)
            return [pasted.lead]
        if filled:
            self._say_pasted("", filled)
        return [pasted.lead, *pasted.body]

    def _paste_into_body(self, blocks: list[Block]) -> list[Block]:
        """A whole release pasted into an empty editor: headline, dateline and lead are
        taken out to their own fields."""
        empty = (self.body.document().characterCount() <= 1
                 and self.lead.document().characterCount() <= 1)
        if not empty or len(blocks) < 2:
            return blocks
        pasted = split_pasted_release(blocks)
        if pasted.lead is None:
            return blocks
        filled = self._take_parts(pasted)
        insert_blocks(QTextCursor(self.lead.document()), [pasted.lead], bullets=False)
        self._say_pasted(self.tr("Paragraf pertama dipindahkan ke Teras berita (lead)."), filled)
        return pasted.body

    def _toggle_bold(self) -> None:
        self._last_rich.toggle_bold()
        self._last_rich.setFocus()

    def _toggle_italic(self) -> None:
        self._last_rich.toggle_italic()
        self._last_rich.setFocus()

    def _toggle_bullets(self) -> None:
        self.body.toggle_bullets()
        self.body.setFocus()

    def _sync_format_buttons(self) -> None:
        sender = self.sender()
        if isinstance(sender, RichTextEdit):
            self._last_rich = sender
        rich = self._last_rich
        self.bold_button.setChecked(rich.is_bold())
        self.italic_button.setChecked(rich.fontItalic())
        self.bullet_button.setChecked(rich is self.body and rich.is_bullet())

    def _lead_enter(self) -> None:
        cursor = self.body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def _follow_cursor(self) -> None:
        """Keep the caret visible: the fields grow, so the page, not the field, scrolls."""
        edit = self.sender()
        if not isinstance(edit, QWidget) or not edit.hasFocus():
            return
        rect = edit.cursorRect()  # type: ignore[attr-defined]
        point = edit.mapTo(self.scroll.widget(), rect.center())
        self.scroll.ensureVisible(point.x(), point.y(), 10, rect.height() + 20)

    def _category_changed(self) -> None:
        if self._loading:
            return
        category = self.category.currentData() or ""
        self._template = get_template(category) if category else None
        self._apply_template()
        self._changed()

    # -- change tracking, autosave, journal -------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self._release is None:
            return
        if self.underlines is not None and self.underlines.service.repainting:
            return  # underlines were redrawn; the text did not change
        self._edits += 1
        if self._paste_note_armed:
            self._paste_note_armed = False
            self.paste_note.hide()
        self.edited.emit()
        self._set_dirty(True)
        self._autosave_timer.start(self.autosave_delay_ms)
        self._journal_timer.start(JOURNAL_MS)
        self._analysis_timer.start(ANALYSIS_MS)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty == self._dirty:
            return
        self._dirty = dirty
        self.dirty_changed.emit(dirty)
        if dirty:
            self._set_state(self.tr("Belum tersimpan"))

    def _set_state(self, text: str) -> None:
        if text != self.autosave_state:
            self.autosave_state = text
            self.autosave_state_changed.emit(text)

    def _write_journal(self) -> None:
        if self._journal is None or self._release is None or not self._dirty:
            return
        with contextlib.suppress(RuntimeError):  # closed at shutdown; the archive has the text
            self._journal.record(self.current_release())

    def _autosave(self) -> None:
        """Save in the background: an fsync on a busy office disk must not stop typing."""
        if self._release is None or not self._dirty or self.archive is None:
            return
        if self._inflight is not None:
            self._autosave_timer.start(200)  # the previous save is still on its way
            return
        release = self.current_release()
        archive = self.archive
        edits = self._edits
        started = time.perf_counter()

        def work() -> tuple[Release | None, str, float]:
            try:
                return archive.save(release), "", time.perf_counter() - started
            except HumasError as exc:
                return None, str(exc), 0.0
            except Exception as exc:  # a bug must not lose the text; the journal keeps it
                log.exception("saving release %s failed", release.id)
                return None, str(exc), 0.0

        try:
            future = self._saver.submit(work)
        except RuntimeError:  # shutting down: save here and now instead
            self._save(interactive=False)
            return
        self._inflight = (future, edits)
        future.add_done_callback(lambda f: self._save_finished.emit(f))

    @Slot(object)
    def _on_save_finished(self, future: Future) -> None:  # type: ignore[type-arg]
        if self._inflight is None or self._inflight[0] is not future:
            return  # already handled by a synchronous save that waited for it
        edits = self._inflight[1]
        self._inflight = None
        stored, error, seconds = future.result()
        self._saved(stored, error, seconds, edits, interactive=False)

    def _finish_inflight(self) -> None:
        """Wait for a background save and apply its result now."""
        if self._inflight is None:
            return
        future, edits = self._inflight
        self._inflight = None
        try:
            stored, error, seconds = future.result(timeout=30)
        except TimeoutError:
            stored, error, seconds = None, self.tr("Penyimpanan terlalu lama."), 0.0
        self._saved(stored, error, seconds, edits, interactive=False)

    def _save(self, interactive: bool) -> bool:
        """Save now, on this thread (switching releases, closing, Ctrl+S)."""
        self._finish_inflight()
        if self._release is None or not self._dirty:
            return True
        if self.archive is None:
            return False
        self._autosave_timer.stop()
        release = self.current_release()
        started = time.perf_counter()
        try:
            stored = self.archive.save(release)
        except HumasError as exc:
            return self._saved(None, str(exc), 0.0, self._edits, interactive)
        except Exception as exc:
            log.exception("saving release %s failed", release.id)
            return self._saved(None, str(exc), 0.0, self._edits, interactive)
        return self._saved(stored, "", time.perf_counter() - started, self._edits, interactive)

    def _saved(self, stored: Release | None, error: str, seconds: float, edits: int,
               interactive: bool) -> bool:
        if stored is None:
            # Keep the text in the journal and try again on the next pause.
            self._write_journal()
            self._set_state(self.tr("Gagal menyimpan: {error}").format(error=error))
            if interactive:
                from humas_desktop.ui.dialogs import show_error

                show_error(self, self.tr("Siaran pers belum tersimpan."), error)
            return False
        self.last_save_seconds = seconds
        if self._release is None or stored.id != self._release.id:
            return True
        self._release = stored  # revision and timestamps; the widgets keep the text
        if edits == self._edits:  # nothing typed while it was saved
            self._journal_timer.stop()
            if self._journal is not None:
                self._journal.clear(stored.id)
            self._set_dirty(False)
        self._set_state(self.tr("Tersimpan {time}").format(
            time=datetime.now().strftime("%H.%M")))
        self.saved.emit(stored)
        return True

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self._dirty or old is None:
            return
        if self.isAncestorOf(old) and (new is None or not self.isAncestorOf(new)):
            self._autosave_timer.start(0)  # after the focus change is complete

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive and self._dirty:
            self._autosave_timer.start(0)

    def _shutdown(self) -> None:
        self._save(interactive=False)
        self._saver.shutdown(wait=True)
        if self._journal is not None:
            self._journal.close()
        if self.underlines is not None:
            self.underlines.service.stop()

    # -- checker ------------------------------------------------------------------------------
    def _tab_order_later(self) -> None:
        self._tab_timer.start(0)

    def _fix_tab_order(self) -> None:
        """Tab walks the page top to bottom, rows included (they are created later)."""
        chain: list[QWidget] = [self.title, self.subtitle, self.city, self.date, self.lead,
                                self.body]
        for rows in (self.quotes, self.photos, self.contacts):
            for row in rows.rows():
                chain += row.tab_widgets()  # type: ignore[attr-defined]
            chain.append(rows.add_button)
        chain += [self.about, self.category, self.tags]
        chain += [w for w in self.tag_suggestions.findChildren(QToolButton)]
        chain.append(self.number)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _emit_findings_later(self, *_: object) -> None:
        if self.underlines is not None:
            self._findings_timer.start(300)

    def _finding_fields(self) -> list[tuple[str, QWidget]]:
        fields: list[tuple[str, QWidget]] = [
            ("title", self.title), ("subtitle", self.subtitle), ("lead", self.lead),
            ("body", self.body)]
        fields += [(f"quotes:{i}", row.text)  # type: ignore[attr-defined]
                   for i, row in enumerate(self.quotes.rows())]
        fields += [(f"photos:{i}", row.caption)  # type: ignore[attr-defined]
                   for i, row in enumerate(self.photos.rows())]
        fields.append(("about", self.about))
        return fields

    def _checked_fields(self) -> list[tuple[str, QWidget, CheckHighlighter]]:
        """(field, text edit, its highlighter) of every checked field, in page order."""
        if self.underlines is None:
            return []
        by_document = {c.edit.document(): c.highlighter for c in self.underlines.controllers}
        found = []
        for field, edit in self._finding_fields():
            highlighter = by_document.get(edit.document())  # type: ignore[attr-defined]
            if highlighter is not None:
                found.append((field, edit, highlighter))
        return found

    def findings(self) -> list[tuple[str, object]]:
        """Every finding drawn now, in page order: (focus target, Finding)."""
        found: list[tuple[str, object]] = []
        for field, _edit, highlighter in self._checked_fields():
            for pos, finding in highlighter.all_findings():
                found.append((f"{field}#{pos}-{pos + finding.end - finding.start}", finding))
        return found

    def _check_all(self) -> None:
        """Have every paragraph of every field checked and drawn now (F7, Perbaiki semua)."""
        if self.underlines is None:
            return
        highlighters = [h for _f, _e, h in self._checked_fields()]
        for highlighter in highlighters:
            highlighter.redraw()  # queues every paragraph not checked yet
        self.underlines.service.wait_idle(5.0)
        for highlighter in highlighters:
            highlighter.redraw()  # now every answer is cached: draw them all

    def apply_safe_fixes(self) -> int:
        """"Perbaiki semua": write every safe fix (checks.fixes decides which) into its field.

        Each field gets ONE undoable edit, so Ctrl+Z there takes its fixes back; the edits
        mark the release unsaved like typing does. Returns how many fixes were applied.
        """
        return self.fix_all()[0]

    def fix_all(self) -> tuple[int, int]:
        """apply_safe_fixes(), and how many errors it left for the officer to look at: the
        findings of severity "error" with no safe fix (a typo with several readings…)."""
        if self.underlines is None or self._release is None:
            return 0, 0
        self._check_all()
        count = left = 0
        for _field, edit, highlighter in self._checked_fields():
            found = [f.shifted(pos - f.start) for pos, f in highlighter.all_findings()]
            changes = []
            for finding in safe_findings(found):
                fix = safe_fix(finding)
                if fix is not None:
                    changes.append((finding.start, finding.end, fix))
            left += sum(1 for f in found if f.severity == "error" and safe_fix(f) is None)
            count += replace_ranges(edit, changes)  # type: ignore[arg-type]
        return count, left

    def target_text(self, target: str) -> str | None:
        """The text a finding's target (`field#start-end`) points at now, or None."""
        field, _, span = target.partition("#")
        start_text, _, end_text = span.partition("-")
        if not (start_text.isdigit() and end_text.isdigit()):
            return None
        start, end = int(start_text), int(end_text)
        edit = next((e for name, e, _h in self._checked_fields() if name == field), None)
        if edit is None:
            return None
        block = edit.document().findBlock(start)  # type: ignore[attr-defined]
        if not block.isValid() or end > block.position() + block.length() - 1:
            return None
        text = block.text().replace("\u2028", "\n")  # as the checker saw the paragraph
        return text[start - block.position():end - block.position()]

    def target_context(self, target: str) -> tuple[str, str] | None:
        """The word before and the word after a finding's span (`field#start-end`), as the
        paragraph reads now: a double space or a space before a comma is readable only with
        its neighbours ("jadwal␣␣dengan"). None if the target is gone."""
        field, _, span = target.partition("#")
        start_text, _, end_text = span.partition("-")
        if self.target_text(target) is None:
            return None
        start, end = int(start_text), int(end_text)
        edit = next(e for name, e, _h in self._checked_fields() if name == field)
        block = edit.document().findBlock(start)  # type: ignore[attr-defined]
        text = block.text().replace("\u2028", "\n")
        before = text[:start - block.position()].rstrip(" \u00a0")
        after = text[end - block.position():].lstrip(" \u00a0")
        return (before.split()[-1] if before.split() else "",
                after.split()[0] if after.split() else "")

    def _finding_place(self, target: str,
                       finding: object) -> tuple[QWidget, CheckHighlighter, int, int] | None:
        """Where `finding` (from findings()) is now: None if the text changed since."""
        field, _, span = target.partition("#")
        start_text, _, end_text = span.partition("-")
        if not (start_text.isdigit() and end_text.isdigit()):
            return None
        start, end = int(start_text), int(end_text)
        for name, edit, highlighter in self._checked_fields():
            if name != field:
                continue
            for pos, shown in highlighter.all_findings():
                if pos == start and pos + shown.end - shown.start == end and shown == finding:
                    return edit, highlighter, start, end
        return None

    def add_finding_actions(self, menu: QMenu, target: str, finding: object) -> bool:
        """Add the text menu's actions for one finding (suggestions, Abaikan, …) to `menu`,
        for the findings panel. False, with nothing added, if the finding is gone."""
        place = self._finding_place(target, finding)
        if place is None:
            return False
        edit, highlighter, start, end = place
        word = self.target_text(target) or ""
        add_finding_actions(menu, finding, word,
                            lambda s: replace_range(edit, start, end, s),  # type: ignore
                            highlighter.service)
        return True

    def _emit_findings(self) -> None:
        self.findings_changed.emit(self.findings())

    def settings_changed(self) -> None:
        """Call after the Settings dialog: office profile (number pattern, contact), checker
        rules, user dictionary and glossary are read again."""
        self._profile = self._office_profile()
        self.refresh_checker()
        if self._release is not None:
            self._analyse()

    def refresh_checker(self) -> None:
        """Call after Settings changed rules, the user dictionary or the glossary."""
        if self.underlines is not None:
            self.underlines.service.reload()

    def run_check(self) -> int:
        """F7: check every field now and move to the next finding after the cursor.

        Returns the number of findings shown; with none, says so next to the editor.
        """
        if self.underlines is None or self._release is None:
            return 0
        self._check_all()
        order = ["title", "subtitle", "lead", "body", "about"]
        edits = {**self.text_edits(), "about": self.about}
        found = [(field, pos, f) for field in order
                 for pos, f in self.underlines.highlighters[field].all_findings()]
        if not found:
            from PySide6.QtWidgets import QToolTip

            QToolTip.showText(self.mapToGlobal(self.rect().center()),
                              self.tr("Tidak ada temuan ejaan dan gaya."), self)
            return 0
        focus = QApplication.focusWidget()
        current = next((order.index(f) for f, w in edits.items() if w is focus), -1)
        cursor_pos = edits[order[current]].textCursor().position() if current >= 0 else -1
        after = [item for item in found
                 if (order.index(item[0]), item[1]) > (current, cursor_pos)]
        field, pos, finding = (after or found)[0]
        edit = edits[field]
        self.scroll.ensureWidgetVisible(edit)
        edit.setFocus()
        end = pos + finding.end - finding.start
        edit.select_range(pos, end)
        self._findings_timer.stop()
        self._emit_findings()  # the panel lists what F7 just checked before it shows the row
        self.finding_selected.emit(f"{field}#{pos}-{end}")
        return len(found)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            self._autosave_timer.stop()
        return super().event(event)

    # -- analysis ---------------------------------------------------------------------------
    def _analyse(self) -> None:
        if self._release is None:
            return
        release = self.current_release()
        self._update_title_counter(release.title)
        self._update_dateline(release)
        self._update_chips(release)
        self._update_number_hint(release)
        words = release_word_count(release)
        self.stats_changed.emit(words, reading_seconds(words), headline_chars(release.title))
        self.checklist_changed.emit(checklist(release, self._profile))
        self._emit_findings_later()

    def _update_title_counter(self, title: str) -> None:
        n = headline_chars(title)
        self.title_counter.setText(self.tr("{n}/{max} karakter").format(
            n=n, max=MAX_HEADLINE_CHARS))
        too_long = n > MAX_HEADLINE_CHARS
        self.title_counter.setStyleSheet("color: #d32f2f; font-weight: bold;" if too_long else "")

    def _update_dateline(self, release: Release) -> None:
        city = release.dateline_city.upper()
        self.dateline_preview.setText(f"{city} – " if city else "")
        self.dateline_preview.setVisible(bool(city))
        d = release.release_date
        self.date_hint.setText(self.tr("Di berita: {date}").format(date=news_date(d))
                               if d else "")

    def _update_chips(self, release: Release) -> None:
        lead = release.body[0].text if release.body else ""
        analysis = analyse_lead(lead, release.dateline_city)
        for w, chip in self.chips.items():
            evidence = analysis.first(w)
            answered = evidence is not None
            chip.setText(("✓ " if answered else "○ ") + self._w_label(w))
            font = chip.font()
            font.setBold(answered)
            chip.setFont(font)
            chip.setEnabled(answered)
            if evidence is None:
                chip.setToolTip(self.tr("Teras berita belum menjawab \"{w}\"").format(
                    w=self._w_label(w)))
            elif evidence.end == 0:
                chip.setToolTip(self.tr("Dari dateline: {text}").format(text=evidence.text))
            else:
                chip.setToolTip(self.tr("Ditemukan: “{text}”").format(text=evidence.text))
        words = len(lead.split())
        self.lead_words.setText(self.tr("{n} kata").format(n=words))

    def _update_number_hint(self, release: Release) -> None:
        pattern = self._profile.number_pattern
        example = format_number(pattern, 45, release.release_date or date.today())
        if not release.number:
            self.number_hint.setText(self.tr("Pola kantor, mis. {example}").format(
                example=example))
        elif number_matches(pattern, release.number):
            self.number_hint.setText(self.tr("✓ Sesuai pola kantor"))
        else:
            self.number_hint.setText(self.tr("✗ Tidak sesuai pola, mis. {example}").format(
                example=example))
        self.number.setPlaceholderText(example)

    def _office_profile(self) -> OfficeProfile:
        if self.archive is None:
            return OfficeProfile()
        try:
            return self.archive.office_profile()  # type: ignore[no-any-return]
        except HumasError:
            return self._profile


def _space() -> Run:
    return Run(" ")


def _one_line(text: str) -> str:
    return text.replace("\n", " ").strip()


def _tags(text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.lower() not in (t.lower() for t in seen):
            seen.append(tag)
    return tuple(seen)


def _split_lead(blocks: tuple[Block, ...]) -> tuple[Block | None, list[Block]]:
    """The first paragraph is the lead; a body starting with a bullet has no lead yet."""
    if not blocks:
        return None, []
    first = blocks[0]
    if first.kind.value != "paragraph":
        return None, list(blocks)
    return first, list(blocks[1:])
