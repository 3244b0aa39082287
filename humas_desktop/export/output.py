"""Writing export files safely: temporary file in the same folder, then an atomic rename.

An export interrupted by a power cut, a full disk or a crash never leaves a half-written file
under the real name, and an existing file is only replaced when the user said so.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from humas_desktop.export.errors import ExportError, OutputExists
from humas_desktop.i18n import tr


@dataclass(frozen=True)
class ExportResult:
    path: Path
    warnings: tuple[str, ...] = ()


def check_target(path: Path, force: bool) -> None:
    """Raise before any work is done if `path` cannot or should not be written."""
    if path.is_dir():
        raise ExportError(tr("export.target_is_folder", path=str(path)))
    if not path.parent.is_dir():
        raise ExportError(tr("export.folder_missing", folder=str(path.parent)))
    if path.exists() and not force:
        raise OutputExists(tr("export.exists", path=str(path)), path)


# The program that usually holds an export open, for "close it there first".
_LOCKED_BY = {".docx": "export.permission_word", ".pdf": "export.permission_pdf"}


def os_error_message(exc: OSError, path: Path) -> str:
    """What to tell the officer when writing `path` failed; a locked file names its program."""
    if isinstance(exc, PermissionError):
        return tr(_LOCKED_BY.get(path.suffix.lower(), "export.permission"), path=str(path))
    if exc.errno == errno.ENOSPC:
        return tr("export.disk_full", path=str(path))
    return tr("export.os_error", path=str(path), reason=exc.strerror or str(exc))


def write_atomic(path: Path, content: bytes | Callable[[BinaryIO], None], *,
                 force: bool = False) -> None:
    """Write `content` (bytes, or a function writing to a binary file) to `path` atomically."""
    check_target(path, force)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~humas-", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError(os_error_message(exc, path)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(content, bytes):
                fh.write(content)
            else:
                content(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists() and not force:  # appeared while we were writing
            raise OutputExists(tr("export.exists", path=str(path)), path)
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(os_error_message(exc, path)) from exc
    finally:
        tmp.unlink(missing_ok=True)
