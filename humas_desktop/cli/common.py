"""Helpers shared by the CLI command modules: opening the archive, progress on a terminal."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, TextIO

from humas_desktop.i18n import tr

if TYPE_CHECKING:
    from humas_desktop.archive import Archive


def open_archive(args: argparse.Namespace) -> Archive:
    """Open the archive of `--data-dir` (or HUMAS_DATA_DIR, or the user's data folder).

    A recovery from backup or a failed daily backup is told on stderr, so scripts reading
    stdout are unaffected but a person at the terminal sees it.
    """
    from humas_desktop.archive import Archive

    archive = Archive.open(getattr(args, "data_dir", None))
    if archive.open_report is not None:
        print(f"humas-desktop: {archive.open_report.message()}", file=sys.stderr)
    if archive.backup_error:
        print(f"humas-desktop: {archive.backup_error}", file=sys.stderr)
    return archive


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    WIDTH = 30

    def __init__(self, total: int, label: str, stream: TextIO | None = None,
                 min_total: int = 20) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = total >= min_total and self.stream.isatty()
        self._last = 0.0

    def __call__(self, done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < self.total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.WIDTH * done // max(self.total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{self.total}")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def status_label(value: str) -> str:
    return tr(f"status.{value}")
