"""The main window: archive on the left, the guided editor in the centre, the "Kelengkapan"
checklist and the checker's findings on the right, workflow buttons above the editor.

The window only routes: the archive stores, the model decides which status changes are allowed,
the editor turns typing into a Release. Every action that can fail shows the user's message.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive, NotFound
from humas_desktop.errors import HumasError
from humas_desktop.model import Release, Status, can_transition
from humas_desktop.model.release import utc_now
from humas_desktop.ui import dialogs
from humas_desktop.ui.archive_panel import ArchivePanel

# Status buttons in workflow order; each is enabled when model.workflow allows the move.
WORKFLOW_STEPS: tuple[Status, ...] = (
    Status.REVIEW, Status.APPROVED, Status.PUBLISHED, Status.ARCHIVED, Status.DRAFT,
)


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.settings = settings
        self.setWindowTitle(self.tr("Humas Desktop"))
        self.setMinimumSize(960, 600)
        self._loaded_id: str | None = None
        self._switching = False

        from humas_desktop.ui.checklist_panel import ChecklistPanel

        # -- left: archive ------------------------------------------------------------------
        self.archive_panel = ArchivePanel(archive, self)

        # -- centre: workflow bar + editor ---------------------------------------------------
        # The editor (the heaviest part of the window) is built on first use: the centre
        # shows the empty page until a release is opened, and app.after_start builds it
        # right after the first paint (see the `editor` property).
        self._editor: Any = None
        self._editor_hooks: list[Callable[[Any], None]] = []
        self.status_badge = QLabel(self)
        self.status_badge.setAccessibleName(self.tr("Status rilis"))
        self.status_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.workflow_buttons: dict[Status, QPushButton] = {}
        bar = QWidget(self)
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(6, 4, 6, 4)
        bar_layout.addWidget(self.status_badge)
        bar_layout.addStretch(1)
        for target in WORKFLOW_STEPS:
            button = QPushButton(self._workflow_text(target), bar)
            button.setToolTip(self._workflow_tip(target))
            button.setAccessibleName(self._workflow_text(target))
            button.clicked.connect(lambda _=False, t=target: self.change_status(t))
            bar_layout.addWidget(button)
            self.workflow_buttons[target] = button
        self.untrash_button = QPushButton(self.tr("Pulihkan dari sampah"), bar)
        self.untrash_button.setToolTip(self.tr("Kembalikan rilis ini ke arsip untuk disunting"))
        self.untrash_button.clicked.connect(self.untrash_release)
        bar_layout.addWidget(self.untrash_button)
        editor_page = QWidget(self)
        self._editor_layout = QVBoxLayout(editor_page)
        self._editor_layout.setContentsMargins(0, 0, 0, 0)
        self._editor_layout.setSpacing(0)
        self._editor_layout.addWidget(bar)

        self.empty_page = QWidget(self)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(self.tr("Pilih siaran pers di arsip, atau buat yang baru."),
                                  self.empty_page)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        empty_new = QPushButton(self.tr("Rilis baru…"), self.empty_page)
        empty_new.setToolTip(self.tr("Buat siaran pers baru dari templat (Ctrl+N)"))
        empty_new.clicked.connect(self.new_release)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(empty_new, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.empty_page)
        self.centre.addWidget(editor_page)

        # -- right: Kelengkapan and the checker's findings -----------------------------------
        self.checklist = ChecklistPanel(self)
        self.side_panel = QWidget(self)
        self.side_panel.setAccessibleName(self.tr("Panel samping"))
        self.side_layout = QVBoxLayout(self.side_panel)
        self.side_layout.setContentsMargins(6, 6, 6, 6)
        heading = QLabel(self.tr("Kelengkapan"), self.side_panel)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.side_layout.addWidget(heading)
        self.side_layout.addWidget(self.checklist, 1)
        from humas_desktop.ui.findings_panel import FindingsPanel

        self.findings_panel = FindingsPanel(parent=self)
        self.add_side_panel(self.tr("Temuan"), self.findings_panel, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.archive_panel)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_menus()
        self._connect()
        self._restore_layout()
        self.archive_panel.set_categories(self._template_categories())
        self._update_actions()

    # -- building ---------------------------------------------------------------------------
    def _workflow_menu_text(self, target: Status) -> str:
        """The Rilis menu's wording, with its access keys."""
        return {
            Status.REVIEW: self.tr("&Ajukan tinjauan"),
            Status.APPROVED: self.tr("Set&ujui"),
            Status.PUBLISHED: self.tr("Tandai &terbit"),
            Status.ARCHIVED: self.tr("Arsip&kan"),
            Status.DRAFT: self.tr("Kembalikan ke d&raf"),
        }[target]

    def _workflow_text(self, target: Status) -> str:
        """The buttons above the editor say the same without access keys: Alt+letter there
        would clash with the menu bar's."""
        return self._workflow_menu_text(target).replace("&", "")

    def _workflow_tip(self, target: Status) -> str:
        return {
            Status.REVIEW: self.tr("Kirim draf ini untuk ditinjau pimpinan"),
            Status.APPROVED: self.tr("Tandai rilis ini sudah disetujui untuk terbit"),
            Status.PUBLISHED: self.tr("Tandai rilis ini sudah dikirim ke media atau terbit"),
            Status.ARCHIVED: self.tr("Simpan rilis yang sudah terbit sebagai arsip"),
            Status.DRAFT: self.tr("Kembalikan rilis yang ditinjau ke draf untuk diperbaiki"),
        }[target]

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.autosave_label = QLabel(self)
        self.autosave_label.setAccessibleName(self.tr("Status simpan otomatis"))
        self.words_label = QLabel(self)
        self.words_label.setAccessibleName(self.tr("Jumlah kata"))
        self.reading_label = QLabel(self)
        self.reading_label.setAccessibleName(self.tr("Perkiraan waktu baca"))
        self.headline_label = QLabel(self)
        self.headline_label.setAccessibleName(self.tr("Panjang judul"))
        self.sync_label = QLabel(self.tr("Luring"), self)
        self.sync_label.setAccessibleName(self.tr("Status sinkronisasi"))
        self.sync_label.setToolTip(self.tr("Belum ada server provinsi yang diatur; semua rilis "
                                           "tersimpan di komputer ini saja."))
        for label in (self.autosave_label, self.words_label, self.reading_label,
                      self.headline_label, self.sync_label):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&Berkas"))
        self.file_menu = file_menu
        self.new_action = self._action(
            file_menu, self.tr("&Rilis baru…"), self.new_release, QKeySequence.StandardKey.New,
            self.tr("Buat siaran pers baru dari templat"))
        self.save_action = self._action(
            file_menu, self.tr("&Simpan sekarang"), self.save_now, QKeySequence.StandardKey.Save,
            self.tr("Simpan sekarang tanpa menunggu simpan otomatis"))
        self.export_action = self._action(
            file_menu, self.tr("&Ekspor ke Word…"), self.export_word, "Ctrl+P",
            self.tr("Simpan rilis ini sebagai dokumen Word (.docx) dengan kop instansi"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Profil kantor…"), self.edit_profile, None,
                     self.tr("Ubah nama instansi, kop, narahubung, dan pola nomor rilis"))
        self._action(file_menu, self.tr("Pe&ngaturan…"), self.open_settings, "Ctrl+,")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Keluar"), self.close, "Ctrl+Q")

        edit_menu = menus.addMenu(self.tr("&Sunting"))
        self._action(edit_menu, self.tr("&Urungkan"), lambda: self._on_focus("undo"),
                     QKeySequence.StandardKey.Undo)
        self._action(edit_menu, self.tr("U&lang"), lambda: self._on_focus("redo"), "Ctrl+Y")
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("Po&tong"), lambda: self._on_focus("cut"),
                     QKeySequence.StandardKey.Cut)
        self._action(edit_menu, self.tr("&Salin"), lambda: self._on_focus("copy"),
                     QKeySequence.StandardKey.Copy)
        self._action(edit_menu, self.tr("T&empel"), lambda: self._on_focus("paste"),
                     QKeySequence.StandardKey.Paste)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Cari di arsip"), self.archive_panel.focus_search,
                     QKeySequence.StandardKey.Find, self.tr("Pindah ke kotak pencarian arsip"))

        release_menu = menus.addMenu(self.tr("&Rilis"))
        self.workflow_actions: dict[Status, QAction] = {}
        for target in WORKFLOW_STEPS:
            self.workflow_actions[target] = self._action(
                release_menu, self._workflow_menu_text(target),
                lambda t=target: self.change_status(t), None, self._workflow_tip(target))
        release_menu.addSeparator()
        self.check_action = self._action(
            release_menu, self.tr("&Periksa ejaan dan gaya"), lambda: self.editor.run_check(),
            "F7",
            self.tr("Periksa ejaan dan gaya bahasa seluruh rilis"))
        self.duplicate_action = self._action(
            release_menu, self.tr("&Duplikat"), self.duplicate_release, None,
            self.tr("Buat salinan rilis ini sebagai draf baru"))
        self.history_action = self._action(
            release_menu, self.tr("Ri&wayat revisi…"), self.show_history, "Ctrl+H",
            self.tr("Lihat, bandingkan, dan pulihkan versi sebelumnya"))
        release_menu.addSeparator()
        self.trash_action = self._action(
            release_menu, self.tr("Pindahkan ke &sampah"), self.trash_release, None,
            self.tr("Pindahkan rilis ini ke sampah; bisa dipulihkan"))
        self.untrash_action = self._action(
            release_menu, self.tr("Pu&lihkan dari sampah"), self.untrash_release, None,
            self.tr("Kembalikan rilis ini dari sampah ke arsip"))
        self.purge_action = self._action(
            release_menu, self.tr("&Hapus permanen…"), self.purge_release, None,
            self.tr("Hapus rilis ini dari sampah untuk selamanya"))

        view_menu = menus.addMenu(self.tr("&Tampilan"))
        self.show_archive_action = self._action(
            view_menu, self.tr("Panel &arsip"), lambda: self._toggle_panel(0), "Ctrl+1")
        self.show_side_action = self._action(
            view_menu, self.tr("Panel &kelengkapan"), lambda: self._toggle_panel(2), "Ctrl+2")
        for action in (self.show_archive_action, self.show_side_action):
            action.setCheckable(True)
        self.trash_view_action = self._action(
            view_menu, self.tr("&Sampah"), lambda: self.archive_panel.show_trash(
                self.trash_view_action.isChecked()), None,
            self.tr("Tampilkan rilis di sampah"))
        self.trash_view_action.setCheckable(True)
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Kembalikan &tata letak"), self.reset_layout)

        help_menu = menus.addMenu(self.tr("Ba&ntuan"))
        self._action(help_menu, self.tr("&Pintasan papan ketik"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("Buka &folder data"), self.open_data_folder, None,
                     self.tr("Buka folder berisi arsip, foto, cadangan, dan catatan galat"))
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&Tentang Humas Desktop"), self.show_about)

        from humas_desktop.ui.export_actions import install_export_actions

        install_export_actions(self)  # the Ekspor submenu and Impor dari Word in Berkas

    def _build_list_menu(self) -> None:
        """Right-click and the Delete key on the archive list act on the release shown."""
        view = self.archive_panel.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._list_menu)
        delete = QAction(self.tr("Pindahkan ke sampah"), view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing
        delete.triggered.connect(lambda _=False: self._delete_from_list())
        view.addAction(delete)

    def _delete_from_list(self) -> None:
        if self.archive_panel.in_trash_view():
            self.purge_release()
        else:
            self.trash_release()

    def _list_menu(self, pos: Any) -> None:
        view = self.archive_panel.view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)  # opens it, as a click would
        menu = QMenu(view)
        if self.archive_panel.in_trash_view():
            actions = [self.untrash_action, self.purge_action]
        else:
            actions = [self.duplicate_action, self.history_action, self.export_action,
                       *self.release_actions, self.trash_action]
        for action in actions:
            if action.isEnabled():
                menu.addAction(action)
        if menu.actions():
            menu.exec(view.viewport().mapToGlobal(pos))

    def _connect(self) -> None:
        self._build_list_menu()
        self.archive_panel.release_selected.connect(self.open_release)
        self.archive_panel.trash_view_changed.connect(self._trash_view_changed)
        self.splitter.splitterMoved.connect(lambda *_: self._sync_panel_actions())
        self.checklist.item_activated.connect(lambda target: self.editor.focus_target(target))

    # -- the editor, built on first use -------------------------------------------------------
    @property
    def editor(self) -> Any:
        """The ReleaseEditor in the centre; built the first time it is needed (opening or
        creating a release, or app.after_start just after the window's first paint), so the
        window paints before its heaviest part exists."""
        if self._editor is None:
            self._build_editor()
        return self._editor

    def editor_built(self) -> bool:
        return self._editor is not None

    def when_editor(self, callback: Callable[[Any], None]) -> None:
        """Call `callback(editor)` now if the editor exists, else as soon as it is built."""
        if self._editor is not None:
            callback(self._editor)
        else:
            self._editor_hooks.append(callback)

    def _build_editor(self) -> None:
        from humas_desktop.ui.editor import ReleaseEditor

        editor = ReleaseEditor(self)
        editor.set_archive(self.archive)
        self._editor = editor
        self._editor_layout.addWidget(editor, 1)
        editor.saved.connect(self._on_saved)
        editor.stats_changed.connect(self._on_stats)
        editor.checklist_changed.connect(self.checklist.update_items)
        editor.autosave_state_changed.connect(self.autosave_label.setText)
        editor.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.findings_panel.set_editor(editor)
        hooks, self._editor_hooks = self._editor_hooks, []
        for hook in hooks:
            hook(editor)

    # -- layout -----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None and screen.width() <= 1440:
                # The usual 1366×768 office laptop: start maximised (shown so by show()).
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        splitter = self.settings.value("main/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes(self._default_sizes())
        self._sync_panel_actions()

    def _default_sizes(self) -> list[int]:
        width = max(self.width(), 960)
        left, right = 300, 270
        return [left, width - left - right, right]

    def reset_layout(self) -> None:
        self.splitter.setSizes(self._default_sizes())
        self._sync_panel_actions()

    def save_layout(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.sync()

    def _toggle_panel(self, index: int) -> None:
        sizes = self.splitter.sizes()
        if sizes[index] > 0:
            self.settings.setValue(f"main/panel{index}", sizes[index])
            sizes[1] += sizes[index]
            sizes[index] = 0
        else:
            wanted = int(self.settings.value(f"main/panel{index}", 280))
            sizes[index] = wanted
            sizes[1] = max(300, sizes[1] - wanted)
        self.splitter.setSizes(sizes)
        self._sync_panel_actions()

    def _sync_panel_actions(self) -> None:
        sizes = self.splitter.sizes()
        self.show_archive_action.setChecked(sizes[0] > 0)
        self.show_side_action.setChecked(sizes[2] > 0)

    def add_side_panel(self, title: str, widget: QWidget, stretch: int = 1) -> None:
        """A titled panel below the Kelengkapan checklist (the checker's findings)."""
        heading = QLabel(title, self.side_panel)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.side_layout.addWidget(heading)
        self.side_layout.addWidget(widget, stretch)

    def _template_categories(self) -> dict[str, str]:
        from humas_desktop.model.templates import load_templates

        try:
            return {t.category: t.label() for t in load_templates() if t.category}
        except HumasError as exc:  # a broken template file must not stop the program
            self.statusBar().showMessage(str(exc), 10000)
            return {}

    # -- current release --------------------------------------------------------------------
    def current_release(self) -> Release | None:
        if self._loaded_id is None:
            return None
        return self.editor.current_release()  # type: ignore[no-any-return]

    def _show_release(self, release: Release) -> None:
        self.editor.load(release)
        self._loaded_id = release.id
        if release.revision:
            saved_at = release.updated_at.astimezone()
            when = f"{saved_at:%H.%M}"
            if saved_at.date() != date.today():
                when = f"{saved_at.day}/{saved_at.month}/{saved_at.year} {when}"
            self.autosave_label.setText(self.tr("Tersimpan {time}").format(time=when))
        self.centre.setCurrentIndex(1)
        self.editor.setEnabled(not release.deleted)
        self._update_actions()

    def _show_nothing(self) -> None:
        self._loaded_id = None
        self.centre.setCurrentIndex(0)
        self.checklist.update_items([])
        self.findings_panel.clear()
        for label in (self.words_label, self.reading_label, self.headline_label,
                      self.autosave_label):
            label.clear()
        self._update_actions()

    def save_now(self) -> bool:
        """Save the open release if it has changes; False if that failed (user was told)."""
        if self._loaded_id is None or not self.editor.isEnabled():
            return True
        return bool(self.editor.save_now())

    def open_release(self, release_id: str) -> None:
        if release_id == self._loaded_id or self._switching:
            return
        if not self.save_now():
            # Stay on the release whose changes could not be saved.
            self._switching = True
            if self._loaded_id:
                self.archive_panel.select_release(self._loaded_id, emit=False)
            self._switching = False
            return
        try:
            release = self.archive.get(release_id, include_deleted=True)
        except NotFound:
            self.archive_panel.refresh()
            return
        self._show_release(release)

    def _on_saved(self, release: Release) -> None:
        self.archive_panel.model.update_release(release)
        self._update_actions(release)

    def _on_stats(self, words: int, reading_seconds: int, headline_chars: int) -> None:
        self.words_label.setText(self.tr("%n kata", "", words))
        minutes = max(1, round(reading_seconds / 60)) if words else 0
        self.reading_label.setText(self.tr("baca ± %n menit", "", minutes))
        self.headline_label.setText(self.tr("judul %n karakter", "", headline_chars))
        self.headline_label.setToolTip(self.tr("Judul sebaiknya tidak lebih dari 100 karakter"))

    def _update_actions(self, release: Release | None = None) -> None:
        if release is None:
            release = self.current_release() if self._loaded_id else None
        in_trash = self.archive_panel.in_trash_view()
        live = release is not None and not release.deleted
        for target in WORKFLOW_STEPS:
            allowed = live and release is not None and can_transition(release.status, target)
            self.workflow_buttons[target].setEnabled(allowed)
            self.workflow_buttons[target].setVisible(not in_trash)
            self.workflow_actions[target].setEnabled(allowed)
        self.status_badge.setText(
            self.tr("Status: {status}").format(status=release.status.label())
            if release is not None else "")
        if release is not None and release.deleted:
            self.status_badge.setText(self.tr("Di sampah — pulihkan untuk menyunting"))
        for action in (self.save_action, self.duplicate_action, self.history_action,
                       self.trash_action):
            action.setEnabled(live)
        self.export_action.setEnabled(live)
        for action in self.release_actions:
            action.setEnabled(live)
        self.check_action.setEnabled(live)
        deleted = release is not None and release.deleted
        self.untrash_button.setVisible(deleted)
        self.untrash_action.setEnabled(deleted)
        self.purge_action.setEnabled(deleted)
        self.trash_view_action.setChecked(in_trash)

    def _trash_view_changed(self, on: bool) -> None:
        self.save_now()
        self.trash_view_action.setChecked(on)
        self._show_nothing()
        self.archive_panel.select_first()

    # -- actions ----------------------------------------------------------------------------
    def _on_focus(self, method: str) -> None:
        widget = QApplication.focusWidget()
        call = getattr(widget, method, None)
        if callable(call):
            call()

    def new_release(self, template_id: str | None = None) -> Release | None:
        from humas_desktop.model.templates import load_templates
        from humas_desktop.ui.template_picker import TemplatePicker

        if not self.save_now():
            return None
        templates = list(load_templates())
        if template_id is None:
            picker = TemplatePicker(templates, self)
            if not picker.exec():
                return None
            template = picker.chosen()
        else:
            template = next((t for t in templates if t.id == template_id), None)
        if template is None:
            return None
        profile = self.archive.office_profile()
        today = date.today()
        running = self.archive.next_running_number(profile.number_pattern, today.year)
        release = template.new_release(profile, today, running_number=running)
        saved = self.archive.save(release)
        self.reveal(saved)
        self.editor.focus_target("title")
        return saved

    def reveal(self, release: Release) -> None:
        """Show `release` in the editor and select it in the list (clearing filters if
        they hide it)."""
        panel = self.archive_panel
        if panel.in_trash_view():
            panel.show_trash(False)
        panel.apply_filters()
        if not panel.select_release(release.id, emit=False):
            panel.search.blockSignals(True)
            panel.search.clear()
            panel.search.blockSignals(False)
            panel.status_filter.setCurrentIndex(0)
            panel.category_filter.setCurrentIndex(0)
            panel.range_filter.setCurrentIndex(0)
            panel.tag_filter.clear()
            panel.apply_filters()
            panel.select_release(release.id, emit=False)
        self._show_release(release)

    def change_status(self, target: Status) -> None:
        if self._loaded_id is None or not self.save_now():
            return
        release = self.editor.current_release()
        if not can_transition(release.status, target):
            return
        saved = self.archive.save(release.with_status(target))
        self.editor.load(saved)
        self.archive_panel.model.update_release(saved)
        self._update_actions(saved)
        self.statusBar().showMessage(
            self.tr("Status diubah menjadi {status}.").format(status=saved.status.label()), 5000)

    def duplicate_release(self) -> Release | None:
        if self._loaded_id is None or not self.save_now():
            return None
        original = self.editor.current_release()
        now = utc_now()
        copy = dataclasses.replace(
            original,
            id=str(uuid.uuid4()),
            title=self.tr("{title} (salinan)").format(title=original.title).strip(),
            number="",
            status=Status.DRAFT,
            created_at=now,
            updated_at=now,
            revision=0,
            deleted=False,
        )
        saved = self.archive.save(copy)
        self.reveal(saved)
        self.statusBar().showMessage(self.tr("Salinan dibuat sebagai draf baru."), 5000)
        return saved

    def trash_release(self) -> None:
        if self._loaded_id is None:
            return
        self.save_now()
        release_id = self._loaded_id
        row = self.archive_panel.model.row_of(release_id)
        self.archive.trash(release_id)
        self._show_nothing()  # first, so the list moving on to the next row opens that one
        self.archive_panel.model.remove_release(release_id)
        model = self.archive_panel.model
        following = self.archive_panel.current_id()
        if following is not None and following != release_id:
            self.open_release(following)
        elif model.rowCount():
            next_row = min(row or 0, model.rowCount() - 1)
            self.archive_panel.view.setCurrentIndex(model.index(next_row))
        self.statusBar().showMessage(
            self.tr("Rilis dipindahkan ke sampah. Pulihkan lewat Tampilan › Sampah."), 8000)

    def untrash_release(self) -> None:
        if self._loaded_id is None:
            return
        release_id = self._loaded_id
        self.archive.untrash(release_id)
        self.archive_panel.model.remove_release(release_id)
        self._loaded_id = None
        self.reveal(self.archive.get(release_id))  # out of the trash view, onto the release
        self.statusBar().showMessage(self.tr("Rilis dipulihkan ke arsip."), 5000)

    def purge_release(self) -> None:
        if self._loaded_id is None:
            return
        release = self.editor.current_release()
        if not dialogs.ask_yes_no(
            self, self.tr("Hapus permanen?"),
            self.tr("“{title}” akan dihapus untuk selamanya, termasuk semua revisinya. "
                    "Ini tidak bisa dibatalkan.").format(
                title=release.title or self.tr("(tanpa judul)")),
            yes=self.tr("Hapus permanen"), no=self.tr("Batal")):
            return
        self.archive.purge(release.id)
        self.archive_panel.model.remove_release(release.id)
        self._show_nothing()

    def show_history(self) -> None:
        from humas_desktop.ui.history_dialog import HistoryDialog

        if self._loaded_id is None or not self.save_now():
            return
        dialog = HistoryDialog(self.archive, self._loaded_id, self)
        dialog.exec()
        if dialog.restored is not None:
            self.editor.load(dialog.restored)
            self.archive_panel.model.update_release(dialog.restored)
            self._update_actions(dialog.restored)
            self.statusBar().showMessage(self.tr(
                "Versi lama dipulihkan sebagai revisi {number}; isi sebelumnya tetap ada di "
                "riwayat.").format(number=dialog.restored.revision), 8000)

    def export_word(self) -> None:
        from humas_desktop.ui.export_actions import export_word

        if self._loaded_id is None or not self.save_now():
            return
        export_word(self, self.archive, self.editor.current_release())

    def edit_profile(self) -> None:
        self.open_settings(page=0)

    def open_settings(self, page: int = -1) -> None:
        from humas_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.archive, self.settings, self)
        if page >= 0:
            dialog.tabs.setCurrentIndex(page)
        # Number pattern, contact, rules and dictionaries may have changed (an editor built
        # later reads them anyway).
        if dialog.exec() and self._editor is not None:
            self._editor.settings_changed()

    def show_about(self) -> None:
        from humas_desktop import __version__

        dialogs.show_info(
            self, self.tr("Tentang Humas Desktop"),
            self.tr("Humas Desktop {version}").format(version=__version__),
            self.tr("Menulis, memeriksa, mengarsipkan, dan mengekspor siaran pers pemerintah "
                    "daerah. Perangkat lunak bebas di bawah lisensi GPL-3.0 atau yang lebih "
                    "baru."))

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+N", self.tr("Rilis baru dari templat")),
            ("Ctrl+S", self.tr("Simpan sekarang")),
            ("Ctrl+F", self.tr("Cari di arsip")),
            ("Ctrl+Z / Ctrl+Y", self.tr("Urungkan / ulang di isian yang aktif")),
            ("Ctrl+H", self.tr("Riwayat revisi")),
            ("Ctrl+1 / Ctrl+2", self.tr("Tampilkan atau sembunyikan panel")),
        ]
        rows[3:3] = [
            ("Ctrl+P", self.tr("Ekspor ke Word")),
            ("Ctrl+Shift+P", self.tr("Ekspor ke PDF")),
            ("Ctrl+Shift+W", self.tr("Salin untuk WhatsApp")),
            ("Ctrl+Shift+E", self.tr("Ekspor beberapa rilis")),
            ("Ctrl+Shift+I", self.tr("Impor dari Word")),
        ]
        rows.insert(3, ("F7", self.tr("Periksa ejaan dan gaya")))
        text = "\n".join(f"{keys}\t{what}" for keys, what in rows)
        dialogs.show_info(self, self.tr("Pintasan papan ketik"), text)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.archive.data_dir)))

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            saved = self.save_now()
        except HumasError as exc:
            dialogs.show_error(self, str(exc))
            saved = False
        if not saved and not dialogs.ask_yes_no(
            self, self.tr("Perubahan belum tersimpan"),
            self.tr("Perubahan terakhir belum bisa disimpan ke arsip. Teksnya tetap ada di "
                    "jurnal pemulihan dan akan ditawarkan saat program dibuka lagi. Tutup "
                    "sekarang?"),
            yes=self.tr("Tutup"), no=self.tr("Jangan tutup")):
            event.ignore()
            return
        self.save_layout()
        event.accept()
