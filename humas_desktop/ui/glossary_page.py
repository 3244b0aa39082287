"""Settings › Glosarium dan kamus: the office glossary and the user's own dictionary.

The glossary holds the office's names (officials, places, institutions) that the checker must
accept and the tooltips can explain; the user dictionary holds words added with "Tambahkan ke
kamus". Both live in the archive, so they travel with it; nothing is written until Simpan.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive
from humas_desktop.model.office import GlossaryEntry, GlossaryKind


class GlossaryPage(QWidget):
    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before = {entry.term: entry for entry in archive.glossary()}
        self._words_before = set(archive.user_words())

        intro = QLabel(self.tr("Nama pejabat, tempat, dan instansi yang dipakai kantor Anda. "
                               "Pemeriksa ejaan menerimanya dan menjelaskannya di tooltip."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Istilah"), self.tr("Jenis"),
                                              self.tr("Keterangan")])
        self.table.setAccessibleName(self.tr("Glosarium kantor"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for entry in self._before.values():
            self._add_row(entry)
        add = QPushButton(self.tr("&Tambah istilah"), self)
        add.clicked.connect(lambda: self._add_row(GlossaryEntry(""), edit=True))
        remove = QPushButton(self.tr("&Hapus istilah"), self)
        remove.clicked.connect(self._remove_rows)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)

        words_label = QLabel(self.tr("Kamus pribadi (kata yang ditambahkan lewat "
                                     "“Tambahkan ke kamus”):"), self)
        words_label.setWordWrap(True)
        self.words = QListWidget(self)
        self.words.setAccessibleName(self.tr("Kamus pribadi"))
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.words.addItems(sorted(self._words_before, key=str.casefold))
        remove_word = QPushButton(self.tr("Hapus &kata"), self)
        remove_word.clicked.connect(self._remove_words)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(words_label)
        layout.addWidget(self.words, 1)
        layout.addWidget(remove_word)

    def _kind_labels(self) -> dict[GlossaryKind, str]:
        return {GlossaryKind.PERSON: self.tr("Orang"), GlossaryKind.PLACE: self.tr("Tempat"),
                GlossaryKind.INSTITUTION: self.tr("Instansi"),
                GlossaryKind.TERM: self.tr("Istilah lain")}

    def _add_row(self, entry: GlossaryEntry, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(entry.term))
        kind = QComboBox(self.table)
        for value, label in self._kind_labels().items():
            kind.addItem(label, value)
        kind.setCurrentIndex(max(0, kind.findData(entry.kind)))
        self.table.setCellWidget(row, 1, kind)
        self.table.setItem(row, 2, QTableWidgetItem(entry.note))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def _remove_rows(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _remove_words(self) -> None:
        for item in self.words.selectedItems():
            self.words.takeItem(self.words.row(item))

    def entries(self) -> list[GlossaryEntry]:
        """The glossary as shown (empty terms dropped; a term listed twice: the last wins)."""
        found: dict[str, GlossaryEntry] = {}
        for row in range(self.table.rowCount()):
            term_item, note_item = self.table.item(row, 0), self.table.item(row, 2)
            term = " ".join((term_item.text() if term_item else "").split())
            if not term:
                continue
            kind = self.table.cellWidget(row, 1)
            value = kind.currentData() if isinstance(kind, QComboBox) else GlossaryKind.TERM
            found[term] = GlossaryEntry(term, GlossaryKind(value),
                                        (note_item.text() if note_item else "").strip())
        return list(found.values())

    def user_words(self) -> set[str]:
        return {self.words.item(i).text() for i in range(self.words.count())}

    def save(self, archive: Archive) -> bool:
        """Write what changed; True if anything did (the checker must then reload)."""
        now = {entry.term: entry for entry in self.entries()}
        changed = False
        for term in self._before.keys() - now.keys():
            archive.remove_glossary_entry(term)
            changed = True
        for term, entry in now.items():
            if self._before.get(term) != entry:
                archive.add_glossary_entry(entry)
                changed = True
        for word in self._words_before - self.user_words():
            archive.remove_user_word(word)
            changed = True
        return changed
