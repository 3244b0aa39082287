"""Revision history of one release: what changed, restore an older version, pin one to keep.

Restoring never destroys anything: the archive saves the old content as a new revision.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive, RevisionInfo
from humas_desktop.model import Release

_NUMBER_ROLE = Qt.ItemDataRole.UserRole


def _blend(base: QColor, tint: QColor, amount: float) -> str:
    """A tint that reads on both light and dark palettes."""
    r = round(base.red() * (1 - amount) + tint.red() * amount)
    g = round(base.green() * (1 - amount) + tint.green() * amount)
    b = round(base.blue() * (1 - amount) + tint.blue() * amount)
    return QColor(r, g, b).name()


def diff_html(lines: list[str], palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    added = _blend(base, QColor(40, 170, 60), 0.28)
    removed = _blend(base, QColor(220, 50, 50), 0.28)
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    out = []
    for line in lines:
        if line.startswith(("+++", "---")):
            continue
        if line.startswith("@@"):
            out.append(f'<div style="color:{muted}">⋯</div>')
            continue
        sign, text = line[:1], escape(line[1:]) or "&nbsp;"
        if sign == "+":
            out.append(f'<div style="background:{added}">+ {text}</div>')
        elif sign == "-":
            out.append(f'<div style="background:{removed}">− {text}</div>')
        else:
            out.append(f"<div>&nbsp;&nbsp;{text}</div>")
    return "".join(out)


class HistoryDialog(QDialog):
    def __init__(self, archive: Archive, release_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.release_id = release_id
        self.restored: Release | None = None
        self.setWindowTitle(self.tr("Riwayat revisi"))
        self.resize(900, 560)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Daftar revisi"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.compare = QComboBox(self)
        self.compare.addItem(self.tr("dengan revisi sebelumnya"), "previous")
        self.compare.addItem(self.tr("dengan versi terbaru"), "newest")
        self.compare.setAccessibleName(self.tr("Bandingkan"))
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Perubahan"))
        self.view.setOpenLinks(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.restore_button = QPushButton(self.tr("&Pulihkan versi ini"), self)
        self.restore_button.setToolTip(self.tr("Jadikan isi revisi ini versi terbaru; "
                                               "versi sekarang tetap ada di riwayat"))
        self.pin_button = QPushButton(self.tr("&Sematkan"), self)
        self.pin_button.setToolTip(self.tr("Revisi yang disematkan tidak pernah dihapus oleh "
                                           "penghematan riwayat"))
        close = QDialogButtonBox(self)
        close.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Bandingkan"), right))
        compare_row.addWidget(self.compare, 1)
        right_layout.addLayout(compare_row)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([280, 620])

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.pin_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.list.currentRowChanged.connect(self._show_selected)
        self.compare.currentIndexChanged.connect(self._show_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.pin_button.clicked.connect(self.toggle_pin)
        self._revisions: list[RevisionInfo] = []
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        self._revisions = self.archive.history(self.release_id)
        self.list.clear()
        locale = QLocale()
        for info in self._revisions:
            when = locale.toString(info.saved_at.astimezone(), QLocale.FormatType.ShortFormat)
            text = self.tr("Revisi {number} — {when}").format(number=info.number, when=when)
            if info.pinned:
                text += " · " + self.tr("disematkan")
            item = QListWidgetItem(f"{text}\n{info.title or self.tr('(tanpa judul)')}")
            item.setData(_NUMBER_ROLE, info.number)
            if info.pinned:
                item.setToolTip(self.tr("Disematkan"))
            self.list.addItem(item)
        row = 0
        if keep is not None:
            row = next((i for i, r in enumerate(self._revisions) if r.number == keep), 0)
        if self._revisions:
            self.list.setCurrentRow(row)
        else:
            self._show_selected()

    def selected(self) -> RevisionInfo | None:
        row = self.list.currentRow()
        return self._revisions[row] if 0 <= row < len(self._revisions) else None

    def _show_selected(self) -> None:
        info = self.selected()
        newest = self._revisions[0] if self._revisions else None
        self.restore_button.setEnabled(info is not None and info is not newest)
        self.pin_button.setEnabled(info is not None)
        if info is None or newest is None:
            self.view.clear()
            self.summary.clear()
            return
        self.pin_button.setText(self.tr("Lepas sematan") if info.pinned else self.tr("&Sematkan"))
        row = self._revisions.index(info)
        if self.compare.currentData() == "newest":
            old, new = info.number, newest.number
        else:
            older = self._revisions[row + 1] if row + 1 < len(self._revisions) else None
            old, new = (older.number if older else info.number), info.number
        if old == new:
            self.summary.setText(self.tr("Revisi pertama atau sama dengan pembanding; "
                                         "tidak ada perubahan untuk ditampilkan."))
            lines = [" " + line for line in self._plain(info.number)]
        else:
            self.summary.setText(self.tr("Perubahan dari revisi {old} ke revisi {new}:").format(
                old=old, new=new))
            lines = self.archive.diff(self.release_id, old, new)
            if not lines:
                before = self.archive.revision(self.release_id, old)
                after = self.archive.revision(self.release_id, new)
                if before.status != after.status:
                    self.summary.setText(self.tr(
                        "Teks revisi {old} dan {new} sama; statusnya berubah dari {before} "
                        "menjadi {after}.").format(old=old, new=new, before=before.status.label(),
                                                   after=after.status.label()))
                else:
                    self.summary.setText(self.tr(
                        "Teks revisi {old} dan {new} sama; yang berubah hanya data lain "
                        "(tag, kategori, atau foto).").format(old=old, new=new))
        self.view.setHtml(diff_html(lines, self.view.palette()))

    def _plain(self, number: int) -> list[str]:
        from humas_desktop.archive.render import readable_lines

        return readable_lines(self.archive.revision(self.release_id, number))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.restored = self.archive.restore(self.release_id, info.number)
        self.accept()

    def toggle_pin(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.archive.pin(self.release_id, info.number, not info.pinned)
        self.reload(keep=info.number)
