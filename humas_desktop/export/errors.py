"""Errors of the export and Word-import layer, all the user's to fix (HumasError)."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.errors import HumasError


class ExportError(HumasError):
    """An export that could not be written; the message says why and what to do."""


class OutputExists(ExportError):
    """The target file exists; the GUI asks before overwriting, the CLI wants --force."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class PdfUnavailable(ExportError):
    """LibreOffice, which turns the Word file into PDF, is not installed."""


class WordTemplateError(ExportError):
    """A Word template that lacks the named styles the export needs."""

    def __init__(self, message: str, missing: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.missing = missing


class WordImportError(HumasError):
    """A Word file that cannot be imported; the message names the file and the reason."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path
